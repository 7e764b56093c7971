package cn.perftarget.workflow.approval;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 调整: the unit reopens an approved table with a reason. It is drafted again and goes through both reviews with its
 * next submission; the 批复 version stays in force until the adjustment is approved.
 */
@Component
class AdjustmentAction {

    private final TableLoader loader;
    private final Transitions transitions;

    AdjustmentAction(TableLoader loader, Transitions transitions) {
        this.loader = loader;
        this.transitions = transitions;
    }

    @Transactional
    public ActionResult reopen(AppUser user, long tableId, String reason) {
        TableHandle handle = loader.lockVisible(user, tableId);
        Checks.requireDrafter(user, handle);
        Checks.requireStatus(handle, "error.status.adjust", TableStatus.APPROVED);
        String why = Checks.requireComment(reason, "error.comment.adjust");
        return transitions.apply(Change.of(user, Role.DRAFTER.name(), AuditAction.REOPEN, handle)
                .status(TableStatus.DRAFTING)
                .table(handle.table().withAdjusting(true))
                .round(handle.round().withAdjustmentReason(why))
                .comment(why)
                .revision(handle.table().approvedRevisionId()));
    }
}
