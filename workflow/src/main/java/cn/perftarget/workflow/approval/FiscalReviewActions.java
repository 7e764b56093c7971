package cn.perftarget.workflow.approval;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionDiff;
import cn.perftarget.domain.revision.RevisionKind;
import cn.perftarget.domain.revision.RevisionRepository;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.InvalidInputException.Input;
import cn.perftarget.workflow.history.AuditNote;
import cn.perftarget.workflow.process.ProcessStep;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 财政审核: the fiscal reviewer grades. 优 approves; 良 saves the reviewer's edit (协商修改) as a new revision and asks
 * the unit to confirm it; 中 returns the table for revision (comment mandatory); 差 ends the round as 不予安排 (for an
 * adjustment: the adjustment is refused and the approved version stays in force).
 */
@Component
class FiscalReviewActions {

    private static final String ROLE = Role.FISCAL_REVIEWER.name();

    private final TaskLocator locator;
    private final TaskGuard guard;
    private final TaskCompletion completion;
    private final RoundVariables variables;
    private final RevisionRepository revisions;
    private final SubmissionCheck check;
    private final Approval approval;
    private final Transitions transitions;

    FiscalReviewActions(
            TaskLocator locator,
            TaskGuard guard,
            TaskCompletion completion,
            RoundVariables variables,
            RevisionRepository revisions,
            SubmissionCheck check,
            Approval approval,
            Transitions transitions) {
        this.locator = locator;
        this.guard = guard;
        this.completion = completion;
        this.variables = variables;
        this.revisions = revisions;
        this.check = check;
        this.approval = approval;
        this.transitions = transitions;
    }

    /** @param edited the reviewer's edit of the table, required for 良 and ignored otherwise */
    @Transactional
    public ActionResult grade(
            AppUser user,
            String taskId,
            @Nullable Grade grade,
            @Nullable String comment,
            @Nullable TargetTable edited) {
        if (grade == null) {
            throw InvalidInputException.of(Input.GRADE, "error.grade.required");
        }
        String why =
                grade == Grade.FAIR ? Checks.requireComment(comment, "error.comment.fair") : Checks.optional(comment);
        LocatedTask task = locator.locate(user, taskId);
        guard.requireReviewer(user, task, ProcessStep.FISCAL_REVIEW);
        Checks.requireStatus(task.handle(), "error.status.fiscalReview", TableStatus.FISCAL_REVIEW);
        String note = new AuditNote.Graded(grade, why).format();
        TableHandle handle = task.handle();
        Change change = Change.of(user, ROLE, AuditAction.GRADE, handle).comment(note);
        return switch (grade) {
            case EXCELLENT -> {
                complete(user, task, grade, null);
                Approval.Approved approved = approval.approve(handle, user.username());
                yield transitions.apply(change.expect(ProcessStep.APPROVED)
                        .table(approved.table())
                        .round(handle.round().withAdjustmentReason(null))
                        .revision(approved.revision().id()));
            }
            case GOOD -> {
                Revision edit = saveEdit(user, handle, edited);
                complete(user, task, grade, edit.id());
                yield transitions.apply(change.expect(ProcessStep.UNIT_CONFIRMATION)
                        .table(handle.table().withContent(edit.snapshot()))
                        .round(handle.round().withReviewRevision(edit.id()))
                        .revision(edit.id()));
            }
            case FAIR -> {
                complete(user, task, grade, null);
                yield transitions.apply(change.expect(ProcessStep.REVISE));
            }
            case POOR -> {
                complete(user, task, grade, null);
                boolean adjustment = handle.table().adjusting();
                StoredTable after = adjustment ? approval.keepApproved(handle) : handle.table();
                yield transitions.apply(change.expect(ProcessStep.REJECTED)
                        .table(after)
                        .round(adjustment ? handle.round().withAdjustmentReason(null) : handle.round()));
            }
        };
    }

    /** 协商修改: the reviewer's edit, frozen as the revision the unit is asked to accept. */
    private Revision saveEdit(AppUser user, TableHandle handle, @Nullable TargetTable edited) {
        if (edited == null) {
            throw InvalidInputException.of(Input.CONTENT, "error.grade.editRequired");
        }
        TargetTable own = edited.withUnit(
                handle.unitCode(), handle.unit().name(), handle.table().fiscalYear());
        Long reviewedId = handle.round().reviewRevisionId();
        Revision reviewed =
                reviewedId == null ? null : revisions.findById(reviewedId).orElse(null);
        if (reviewed == null) {
            throw new IllegalStateException("table " + handle.id() + " has no revision under review");
        }
        if (RevisionDiff.between(reviewed.snapshot(), own).isEmpty()) {
            throw InvalidInputException.of(Input.CONTENT, "error.grade.editUnchanged");
        }
        if (!own.projectCode().strip().equals(reviewed.snapshot().projectCode().strip())) {
            throw InvalidInputException.of(Input.CONTENT, "error.grade.codeChanged");
        }
        check.requireNoErrors(handle, own);
        RevisionKind kind = handle.table().adjusting() ? RevisionKind.ADJUSTMENT : RevisionKind.DRAFT;
        return revisions.freeze(handle.id(), kind, own, user.username());
    }

    private void complete(AppUser user, LocatedTask task, Grade grade, @Nullable Long editedRevision) {
        Map<String, Object> vars = variables.withDueDates(task.handle());
        vars.put(ApprovalVariables.GRADE, grade.value());
        if (editedRevision != null) {
            vars.put(ApprovalVariables.REVISION_ID, editedRevision);
        }
        completion.complete(user, task, vars);
    }
}
