package cn.perftarget.workflow.notification;

import cn.perftarget.bpmn.CandidateGroups;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.approval.ActionRecord;
import cn.perftarget.workflow.approval.ApprovalObserver;
import cn.perftarget.workflow.deadline.EngineClock;
import cn.perftarget.workflow.history.AuditNote;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tells the unit's drafters when a review hands the table back to them: returned (退回, 中), waiting for their
 * confirmation of a 良 edit, approved or not funded. Written in the action's transaction.
 */
@Component
class OutcomeNotifier implements ApprovalObserver {

    private final NotificationRepository notifications;
    private final EngineClock clock;

    OutcomeNotifier(NotificationRepository notifications, EngineClock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void afterAction(ActionRecord record) {
        AuditEntry entry = record.audit();
        String outcome = outcomeKey(entry, record);
        if (outcome == null) {
            return;
        }
        StoredTable table = record.after();
        Message message = Message.of(
                outcome,
                Message.of("notify.table", table.content().projectName().strip()));
        AuditNote note = AuditNote.parse(entry.action(), entry.comment());
        String words = note == null ? null : note.personsWords();
        if (words != null && !words.isBlank()) {
            message = Message.of("notify.withComment", message, words);
        }
        notifications.addToMembers(
                CandidateGroups.drafters(table.content().unitCode()),
                table.id(),
                NotificationKind.OUTCOME,
                message,
                clock.now());
    }

    /** The key of what to tell the unit about a reviewer's action, or null when there is nothing to tell. */
    private static @Nullable String outcomeKey(AuditEntry entry, ActionRecord record) {
        if (Role.DRAFTER.name().equals(entry.actorRole()) || entry.toState() == null || entry.fromState() == null) {
            return null;
        }
        return switch (entry.toState()) {
            case DRAFTING -> "notify.outcome.returned";
            case UNIT_CONFIRM -> "notify.outcome.confirm";
            case APPROVED ->
                Objects.equals(
                                record.before().approvedRevisionId(),
                                record.after().approvedRevisionId())
                        ? "notify.outcome.adjustmentRefused"
                        : "notify.outcome.approved";
            case REJECTED -> "notify.outcome.rejected";
            default -> null;
        };
    }
}
