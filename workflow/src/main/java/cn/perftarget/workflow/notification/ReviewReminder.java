package cn.perftarget.workflow.notification;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.i18n.Message;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 到期提醒 (timer 审核到期): notifies the assignee of the due review task, or every member of its candidate group while
 * nobody has claimed it, and records the reminder in the table's history. Runs in the timer job's transaction.
 */
@Component(TargetApprovalProcess.REMINDER_BEAN)
class ReviewReminder implements JavaDelegate {

    private final DueReview dueReview;
    private final ReviewGroups groups;
    private final TimerNotice notice;

    ReviewReminder(DueReview dueReview, ReviewGroups groups, TimerNotice notice) {
        this.dueReview = dueReview;
        this.groups = groups;
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DueReview.Due due = dueReview.of(execution);
        String assignee = due.task().getAssignee();
        List<String> recipients = assignee != null ? List.of(assignee) : groups.members(due.group());
        notice.send(
                due,
                NotificationKind.REMINDER,
                AuditAction.REMIND,
                recipients,
                Message.of("notify.reminder", due.tableName(), due.step()));
    }
}
