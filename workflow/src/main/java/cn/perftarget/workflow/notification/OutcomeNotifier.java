package cn.perftarget.workflow.notification;

import cn.perftarget.bpmn.CandidateGroups;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.access.UserGroups;
import cn.perftarget.workflow.approval.ActionRecord;
import cn.perftarget.workflow.approval.ApprovalObserver;
import cn.perftarget.workflow.deadline.EngineClock;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * Tells the unit's drafters when a review hands the table back to them: returned (退回, 中), waiting for their
 * confirmation of a 良 edit, approved or not funded. Written in the action's transaction.
 */
@Component
class OutcomeNotifier implements ApprovalObserver {

    private final UserGroups groups;
    private final NotificationRepository notifications;
    private final EngineClock clock;

    OutcomeNotifier(UserGroups groups, NotificationRepository notifications, EngineClock clock) {
        this.groups = groups;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void afterAction(ActionRecord record) {
        AuditEntry entry = record.audit();
        String outcome = outcome(entry, record);
        if (outcome == null) {
            return;
        }
        StoredTable table = record.after();
        List<String> drafters = groups.members(CandidateGroups.drafters(table.content().unitCode()));
        String comment = entry.comment() == null ? "" : "。意见：" + entry.comment();
        notifications.add(drafters, table.id(), NotificationKind.OUTCOME,
                "《" + table.content().projectName().strip() + "》" + outcome + comment, null, clock.now());
    }

    /** What to tell the unit about a reviewer's action, or null when there is nothing to tell. */
    private static String outcome(AuditEntry entry, ActionRecord record) {
        if (Role.DRAFTER.name().equals(entry.actorRole()) || entry.toState() == null || entry.fromState() == null) {
            return null;
        }
        return switch (entry.toState()) {
            case DRAFTING -> "已被退回修改";
            case UNIT_CONFIRM -> "经财政协商修改，请确认";
            case APPROVED -> Objects.equals(record.before().approvedRevisionId(), record.after().approvedRevisionId())
                    ? "的调整未获同意（不予安排），原批复版本继续有效" : "已批复";
            case REJECTED -> "不予安排";
            default -> null;
        };
    }
}
