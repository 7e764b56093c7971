package cn.perftarget.workflow.notification;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.i18n.Message;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 逾期上报 (timer 超期未审): notifies the lead (负责人) of the organisation behind the review group — the department, or
 * the fiscal section (its bureau's lead when the section has none) — and records it in the table's history.
 */
@Component(TargetApprovalProcess.ESCALATION_BEAN)
class ReviewEscalation implements JavaDelegate {

    private final DueReview dueReview;
    private final ReviewGroups groups;
    private final TimerNotice notice;

    ReviewEscalation(DueReview dueReview, ReviewGroups groups, TimerNotice notice) {
        this.dueReview = dueReview;
        this.groups = groups;
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DueReview.Due due = dueReview.of(execution);
        String assignee = due.task().getAssignee();
        Message message = assignee == null
                ? Message.of("notify.escalation.unclaimed", due.tableName(), due.step())
                : Message.of("notify.escalation.claimed", due.tableName(), due.step(), assignee);
        notice.send(due, NotificationKind.ESCALATION, AuditAction.ESCALATE, groups.leads(due.group()), message);
    }
}
