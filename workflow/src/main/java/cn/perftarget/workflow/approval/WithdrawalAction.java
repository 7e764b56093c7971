package cn.perftarget.workflow.approval;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.process.ProcessStep;
import cn.perftarget.workflow.process.ProcessSteps;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 撤回: the drafter pulls a submission back until a reviewer has claimed it. */
@Component
class WithdrawalAction {

    private final TableLoader loader;
    private final ProcessSteps steps;
    private final RuntimeService runtimeService;
    private final Transitions transitions;

    WithdrawalAction(TableLoader loader, ProcessSteps steps, RuntimeService runtimeService, Transitions transitions) {
        this.loader = loader;
        this.steps = steps;
        this.runtimeService = runtimeService;
        this.transitions = transitions;
    }

    @Transactional
    public ActionResult withdraw(AppUser user, long tableId) {
        TableHandle handle = loader.lockVisible(user, tableId);
        Checks.requireDrafter(user, handle, "撤回");
        Checks.requireStatus(handle, "撤回（只有审核中的表可以撤回）", TableStatus.DEPT_REVIEW, TableStatus.FISCAL_REVIEW);
        Task review = steps.waitingTask(handle.processInstanceId());
        if (review == null || !ProcessStep.ofActivity(review.getTaskDefinitionKey()).map(ProcessStep::isReview)
                .orElse(false)) {
            throw new ConflictException(ConflictException.TASK_HANDLED);
        }
        if (review.getAssignee() != null) {
            throw new NotAllowedException("审核人已认领该任务，不能撤回");
        }
        runtimeService.createMessageCorrelation(TargetApprovalProcess.WITHDRAW_MESSAGE)
                .processInstanceId(handle.processInstanceId())
                .correlateWithResult();
        return transitions.apply(Change.of(user, Role.DRAFTER.name(), AuditAction.WITHDRAW, handle)
                .expect(ProcessStep.REVISE));
    }
}
