package cn.perftarget.workflow.approval;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.ReturnedBy;
import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionKind;
import cn.perftarget.domain.revision.RevisionRepository;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.deadline.EngineClock;
import cn.perftarget.workflow.history.AuditNote;
import cn.perftarget.workflow.process.ProcessStep;
import cn.perftarget.workflow.process.ProcessSteps;
import cn.perftarget.workflow.process.RoundRepository;
import cn.perftarget.workflow.round.BudgetRound;
import cn.perftarget.workflow.round.SubmissionWindow;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 提交 and 重新提交: after the server-side ERROR check the table's content is frozen as a revision, and the round starts
 * (first submission, adjustment) or goes on from 编制修改 (resubmission after a return, a 中 or a withdrawal).
 */
@Component
class SubmissionAction {

    private final TableLoader loader;
    private final SubmissionCheck check;
    private final RevisionRepository revisions;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ProcessSteps steps;
    private final RoundRepository rounds;
    private final RoundVariables variables;
    private final EngineClock clock;
    private final Transitions transitions;
    private final SubmissionWindow window;

    SubmissionAction(
            TableLoader loader,
            SubmissionCheck check,
            RevisionRepository revisions,
            RuntimeService runtimeService,
            TaskService taskService,
            ProcessSteps steps,
            RoundRepository rounds,
            RoundVariables variables,
            EngineClock clock,
            Transitions transitions,
            SubmissionWindow window) {
        this.loader = loader;
        this.check = check;
        this.revisions = revisions;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.steps = steps;
        this.rounds = rounds;
        this.variables = variables;
        this.clock = clock;
        this.transitions = transitions;
        this.window = window;
    }

    @Transactional
    public ActionResult submit(AppUser user, long tableId) {
        TableHandle handle = loader.lockVisible(user, tableId);
        Checks.requireDrafter(user, handle);
        Checks.requireStatus(handle, "error.status.submit", TableStatus.DRAFTING);
        String round = handle.processInstanceId();
        Task revise = round == null ? null : steps.waitingTask(round);
        if (revise != null && !TargetApprovalProcess.REVISE.equals(revise.getTaskDefinitionKey())) {
            throw new IllegalStateException("a table being drafted waits at task " + revise.getTaskDefinitionKey());
        }
        boolean adjusting = handle.table().adjusting();
        boolean firstSubmission = !adjusting && (round == null || revise == null);
        Instant now = clock.now();
        // 预算编制轮次: a first submission of a year whose round is closed is refused (before anything is stored)
        Optional<BudgetRound> budgetRound = firstSubmission
                ? window.admit(handle.regionCode(), handle.table().fiscalYear(), now)
                : Optional.empty();
        check.requireNoErrors(handle, handle.table().content());

        Revision revision = revisions.freeze(
                tableId,
                adjusting ? RevisionKind.ADJUSTMENT : RevisionKind.DRAFT,
                handle.table().content(),
                user.username());
        String processInstanceId;
        ProcessStep expected;
        String comment = null;
        if (round == null || revise == null) {
            processInstanceId = runtimeService
                    .startProcessInstanceByKey(
                            TargetApprovalProcess.PROCESS_KEY,
                            String.valueOf(tableId),
                            variables.start(handle, revision.id(), user.username()))
                    .getId();
            rounds.recordRound(processInstanceId, tableId, adjusting);
            expected = ProcessStep.DEPARTMENT_REVIEW;
            String reason = handle.round().adjustmentReason();
            if (adjusting && reason != null) {
                comment = new AuditNote.AdjustmentReason(reason).format();
            }
        } else {
            processInstanceId = round;
            boolean viaDepartment = variables.settings(handle).resubmitViaDepartment();
            Map<String, Object> vars = variables.withDueDates(handle);
            vars.put(ApprovalVariables.REVISION_ID, revision.id());
            vars.put(ApprovalVariables.RESUBMIT_VIA_DEPARTMENT, viaDepartment);
            Object returnedBy = runtimeService.getVariable(processInstanceId, ApprovalVariables.RETURNED_BY);
            expected = ReturnedBy.FISCAL.value().equals(returnedBy) && !viaDepartment
                    ? ProcessStep.FISCAL_REVIEW
                    : ProcessStep.DEPARTMENT_REVIEW;
            if (revise.getAssignee() == null) {
                taskService.claim(revise.getId(), user.username());
            }
            taskService.complete(revise.getId(), vars);
        }
        budgetRound.ifPresent(r -> window.record(tableId, r, now));
        return transitions.apply(Change.of(user, Role.DRAFTER.name(), AuditAction.SUBMIT, handle)
                .expect(expected)
                .table(handle.table().withSubmittedAt(now))
                .round(handle.round().withSubmission(processInstanceId, revision.id()))
                .revision(revision.id())
                .comment(comment));
    }
}
