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
 * 逾期上报 (timer 超期未审): notifies the lead (负责人) of the organisation behind the review group — the department, or
 * the fiscal section (its bureau's lead when the section has none) — and records it in the table's history.
 */
@Component(TargetApprovalProcess.ESCALATION_BEAN)
class ReviewEscalation implements JavaDelegate {

    private final DueReview dueReview;
    private final ReviewGroups groups;
    private final NotificationRepository notifications;
    private final AuditLog audit;
    private final EngineClock clock;

    ReviewEscalation(DueReview dueReview, ReviewGroups groups, NotificationRepository notifications, AuditLog audit,
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
        List<String> leads = groups.leads(due.group());
        String assignee = due.task().getAssignee();
        String message = due.describe() + "已超期未审" + (assignee == null ? "（尚无人认领）" : "（认领人：" + assignee + "）")
                + "，请督办";
        notifications.add(leads, due.table().id(), NotificationKind.ESCALATION, message, due.task().getId(),
                clock.now());
        audit.append(AuditEvent.of(due.table().id(), ReviewReminder.SYSTEM, "SYSTEM", AuditAction.ESCALATE,
                "已上报：" + (leads.isEmpty() ? "（未设负责人）" : String.join("、", leads))));
    }
}
