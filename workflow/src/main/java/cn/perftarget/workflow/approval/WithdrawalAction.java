package cn.perftarget.workflow.approval;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.error.ConflictException;
import cn.perftarget.workflow.error.NotAllowedException;
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
        Checks.requireDrafter(user, handle);
        Checks.requireStatus(handle, "error.status.withdraw", TableStatus.DEPT_REVIEW, TableStatus.FISCAL_REVIEW);
        String round = handle.processInstanceId();
        Task review = round == null ? null : steps.waitingTask(round);
        if (round == null
                || review == null
                || !ProcessStep.ofActivity(review.getTaskDefinitionKey())
                        .map(ProcessStep::isReview)
                        .orElse(false)) {
            throw ConflictException.taskHandled();
        }
        if (review.getAssignee() != null) {
            throw NotAllowedException.of("error.withdraw.claimed");
        }
        runtimeService
                .createMessageCorrelation(TargetApprovalProcess.WITHDRAW_MESSAGE)
                .processInstanceId(round)
                .correlateWithResult();
        return transitions.apply(Change.of(user, Role.DRAFTER.name(), AuditAction.WITHDRAW, handle)
                .expect(ProcessStep.REVISE));
    }
}
