package cn.perftarget.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.InboxRow;
import cn.perftarget.workflow.inbox.InboxTab;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 到期提醒 and 逾期上报: the process's non-interrupting timers, fired by moving the engine clock and executing the
 * timer jobs, write in-app notifications and audit entries; the review stays where it is.
 */
class ReviewTimersTest extends WorkflowTestSupport {

    private static final long MINUTE = 60_000;

    @Autowired
    NotificationRepository notifications;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anUnclaimedDueReviewRemindsTheGroupAndAnOverdueOneGoesToTheDepartmentLead() {
        long id = submitted(user("bianzhi"));
        String pid = processInstance(id);
        Task review = task(id);
        Date due = review.getDueDate();
        Date escalation = (Date) runtimeService.getVariable(pid, ApprovalVariables.ESCALATION_DUE);
        assertThat(due).isNotNull();
        assertThat(escalation).isAfter(due);
        assertThat(executableTimers(pid)).isEmpty();

        ClockUtil.setCurrentTime(new Date(due.getTime() + MINUTE));
        List<Job> dueTimers = executableTimers(pid);
        assertThat(dueTimers).hasSize(1);
        dueTimers.forEach(job -> managementService.executeJob(job.getId()));

        for (String reviewer : List.of("bumen", "bumen2", "bumenlead", "shuangzhi")) {
            assertThat(about(reviewer, id)).as(reviewer).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.REMINDER);
                assertThat(n.taskId()).isEqualTo(review.getId());
                assertThat(WorkflowTexts.chinese(n.message()))
                        .contains("主管部门审核")
                        .contains("已到审核期限");
            });
        }
        assertThat(about("caizheng", id)).isEmpty();
        AuditEntry remind = lastAudit(id);
        assertThat(remind.action()).isEqualTo(AuditAction.REMIND);
        assertThat(remind.actor()).isEqualTo("system");
        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(task(id).getId()).isEqualTo(review.getId());
        // the inbox shows it overdue
        List<InboxRow> overdue = inbox.page(
                        user("bumen"),
                        InboxTab.CLAIMABLE,
                        InboxFilter.NONE.withOverdue(true),
                        PageRequest.first(PageRequest.MAX_LIMIT, SortKey.DUE_DATE, false))
                .rows();
        assertThat(overdue)
                .filteredOn(r -> r.tableId() == id)
                .singleElement()
                .satisfies(r -> assertThat(r.overdue()).isTrue());

        ClockUtil.setCurrentTime(new Date(escalation.getTime() + MINUTE));
        List<Job> overdueTimers = executableTimers(pid);
        assertThat(overdueTimers).hasSize(1);
        overdueTimers.forEach(job -> managementService.executeJob(job.getId()));

        assertThat(about("bumenlead", id))
                .extracting(Notification::kind)
                .containsExactly(NotificationKind.ESCALATION, NotificationKind.REMINDER);
        assertThat(about("bumen", id)).extracting(Notification::kind).containsExactly(NotificationKind.REMINDER);
        assertThat(lastAudit(id).action()).isEqualTo(AuditAction.ESCALATE);
        assertThat(lastAudit(id).comment()).contains("bumenlead");
        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(task(id).getId()).isEqualTo(review.getId());
    }

    @Test
    void aClaimedFiscalReviewRemindsItsAssigneeAndEscalatesToTheSectionLead() {
        long id = atFiscalReview(user("bianzhi"), user("bumen"));
        approvals.claim(user("caizheng2"), taskId(id));
        String pid = processInstance(id);
        Date due = task(id).getDueDate();
        Date escalation = (Date) runtimeService.getVariable(pid, ApprovalVariables.ESCALATION_DUE);

        ClockUtil.setCurrentTime(new Date(escalation.getTime() + MINUTE));
        List<Job> timers = executableTimers(pid);
        assertThat(timers).hasSize(2);
        timers.forEach(job -> managementService.executeJob(job.getId()));

        assertThat(about("caizheng2", id)).extracting(Notification::kind).containsExactly(NotificationKind.REMINDER);
        assertThat(about("caizheng", id)).isEmpty();
        assertThat(about("caizhenglead", id))
                .extracting(Notification::kind)
                .containsExactly(NotificationKind.ESCALATION);
        assertThat(WorkflowTexts.chinese(about("caizhenglead", id).get(0).message()))
                .contains("caizheng2");
        assertThat(due).isBefore(escalation);
        assertThat(notifications.unreadCount("caizheng2")).isPositive();
        long notificationId = about("caizheng2", id).get(0).id();
        assertThat(notifications.markRead("caizhenglead", notificationId)).isFalse();
        assertThat(notifications.markRead("caizheng2", notificationId)).isTrue();
        assertThat(about("caizheng2", id).get(0).isRead()).isTrue();
    }

    private List<Job> executableTimers(String processInstanceId) {
        return managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .timers()
                .executable()
                .list();
    }

    private List<Notification> about(String username, long tableId) {
        return notifications.latest(username, 500).stream()
                .filter(n -> n.tableId() == tableId)
                .filter(n -> n.kind() != NotificationKind.OUTCOME)
                .toList();
    }
}
