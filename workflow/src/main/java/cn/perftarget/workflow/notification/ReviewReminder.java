package cn.perftarget.workflow.notification;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEvent;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.workflow.deadline.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * 到期提醒 (timer 审核到期): notifies the assignee of the due review task, or every member of its candidate group while
 * nobody has claimed it, and records the reminder in the table's history. Runs in the timer job's transaction.
 */
@Component(TargetApprovalProcess.REMINDER_BEAN)
class ReviewReminder implements JavaDelegate {

    static final String SYSTEM = "system";

    private final DueReview dueReview;
    private final ReviewGroups groups;
    private final NotificationRepository notifications;
    private final AuditLog audit;
    private final EngineClock clock;

    ReviewReminder(DueReview dueReview, ReviewGroups groups, NotificationRepository notifications, AuditLog audit,
                   EngineClock clock) {
        this.dueReview = dueReview;
        this.groups = groups;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DueReview.Due due = dueReview.of(execution);
        String assignee = due.task().getAssignee();
        List<String> recipients = assignee != null ? List.of(assignee) : groups.members(due.group());
        String message = due.describe() + "已到审核期限，请尽快办理";
        notifications.add(recipients, due.table().id(), NotificationKind.REMINDER, message, due.task().getId(),
                clock.now());
        audit.append(AuditEvent.of(due.table().id(), SYSTEM, "SYSTEM", AuditAction.REMIND,
                "已提醒：" + (recipients.isEmpty() ? "（无审核人）" : String.join("、", recipients))));
    }
}
