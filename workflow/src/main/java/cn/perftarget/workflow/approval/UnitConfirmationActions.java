package cn.perftarget.workflow.approval;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.Confirmation;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionRepository;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.process.ProcessStep;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 单位确认: the unit answers the fiscal reviewer's 良 edit. Accepting approves the edited revision; disputing (with a
 * comment) sends the table back to the fiscal review with the unit's own submitted revision under review again —
 * both revisions are kept.
 */
@Component
class UnitConfirmationActions {

    private static final String ROLE = Role.DRAFTER.name();

    private final TaskLocator locator;
    private final TaskGuard guard;
    private final TaskCompletion completion;
    private final RoundVariables variables;
    private final RevisionRepository revisions;
    private final Approval approval;
    private final Transitions transitions;

    UnitConfirmationActions(
            TaskLocator locator,
            TaskGuard guard,
            TaskCompletion completion,
            RoundVariables variables,
            RevisionRepository revisions,
            Approval approval,
            Transitions transitions) {
        this.locator = locator;
        this.guard = guard;
        this.completion = completion;
        this.variables = variables;
        this.revisions = revisions;
        this.approval = approval;
        this.transitions = transitions;
    }

    @Transactional
    public ActionResult accept(AppUser user, String taskId) {
        LocatedTask task = confirmation(user, taskId);
        Map<String, Object> vars = variables.withDueDates(task.handle());
        vars.put(ApprovalVariables.CONFIRMATION, Confirmation.ACCEPT.value());
        completion.complete(user, task, vars);
        Approval.Approved approved = approval.approve(task.handle(), user.username());
        return transitions.apply(Change.of(user, ROLE, AuditAction.ACCEPT, task.handle())
                .expect(ProcessStep.APPROVED)
                .table(approved.table())
                .round(task.handle().round().withAdjustmentReason(null))
                .revision(approved.revision().id()));
    }

    @Transactional
    public ActionResult dispute(AppUser user, String taskId, @Nullable String comment) {
        String why = Checks.requireComment(comment, "error.comment.dispute");
        LocatedTask task = confirmation(user, taskId);
        TableHandle handle = task.handle();
        Long submittedId = handle.round().submittedRevisionId();
        Revision submitted =
                submittedId == null ? null : revisions.findById(submittedId).orElse(null);
        if (submitted == null) {
            throw new IllegalStateException("table " + handle.id() + " has no revision submitted by its unit");
        }
        Map<String, Object> vars = variables.withDueDates(handle);
        vars.put(ApprovalVariables.CONFIRMATION, Confirmation.DISPUTE.value());
        vars.put(ApprovalVariables.REVISION_ID, submitted.id());
        completion.complete(user, task, vars);
        return transitions.apply(Change.of(user, ROLE, AuditAction.DISPUTE, handle)
                .expect(ProcessStep.FISCAL_REVIEW)
                .table(handle.table().withContent(submitted.snapshot()))
                .round(handle.round().withReviewRevision(submitted.id()))
                .revision(handle.round().reviewRevisionId())
                .comment(why));
    }

    private LocatedTask confirmation(AppUser user, String taskId) {
        LocatedTask task = locator.locate(user, taskId);
        guard.requireStep(task, ProcessStep.UNIT_CONFIRMATION);
        Checks.requireDrafter(user, task.handle());
        guard.requireCandidate(user, task);
        guard.requireNotClaimedByOther(user, task);
        Checks.requireStatus(task.handle(), "error.status.confirm", TableStatus.UNIT_CONFIRM);
        return task;
    }
}
