package cn.perftarget.workflow.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.notification.Notification;
import cn.perftarget.workflow.notification.NotificationKind;
import cn.perftarget.workflow.notification.UserNotifications;
import cn.perftarget.workflow.support.TestOrganisation;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 催办: a unit by its reviewers, an overdue review by the table's drafter (once a day), notified and audited. */
class UrgesTest extends WorkflowTestSupport {

    @Autowired
    private Urges urges;

    @Autowired
    private UserNotifications notifications;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aReviewerUrgesAUnitWithUnsubmittedOrReturnedTables() {
        TestOrganisation org = newOrganisation();
        long draft = create(org.drafter1, cn.perftarget.workflow.support.SeedContent.clean());
        long returned = submitted(org.drafter1);
        approvals.returnToUnit(org.reviewer1, taskId(returned), "请补充");
        submitted(org.drafter1);
        int year = table(draft).fiscalYear();
        long events = securityEvents(org.reviewer1.username());

        UrgeResult result = urges.urgeUnit(org.reviewer1, org.unit1.code(), year);

        assertThat(result.recipients()).containsExactly(org.drafter1.username());
        assertThat(result.tables()).isEqualTo(2);
        Notification n = notifications.latest(org.drafter1, 1).get(0);
        assertThat(n.kind()).isEqualTo(NotificationKind.URGE_UNIT);
        assertThat(n.tableId()).isNull();
        assertThat(WorkflowTexts.BUNDLES.render(n.message(), MessageBundles.CHINESE))
                .contains("催办", String.valueOf(year), "2 张");
        assertThat(securityEvents(org.reviewer1.username())).isEqualTo(events + 1);
        // the fiscal reviewer of the section too; a unit without any table of the year is urged to start
        assertThat(urges.urgeUnit(org.fiscal, org.unit2.code(), year).tables()).isZero();
        assertThat(WorkflowTexts.BUNDLES.render(
                        notifications.latest(org.drafter2, 1).get(0).message(), MessageBundles.CHINESE))
                .contains("尚未提交");
    }

    @Test
    void aUnitOutsideTheScopeOrWithEverythingSubmittedIsRefused() {
        TestOrganisation org = newOrganisation();
        TestOrganisation other = newOrganisation();
        long t = submitted(org.drafter1);
        int year = table(t).fiscalYear();
        assertThatThrownBy(() -> urges.urgeUnit(other.reviewer1, org.unit1.code(), year))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> urges.urgeUnit(org.reviewer1, org.unit1.code(), year))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("均已提交");
        assertThatThrownBy(() -> urges.urgeUnit(org.drafter1, org.unit1.code(), year))
                .isInstanceOf(NotFoundException.class);
        assertThat(notifications.latest(org.drafter1, 10)).noneMatch(n -> n.kind() == NotificationKind.URGE_UNIT);
    }

    @Test
    void aDrafterUrgesAnOverdueReviewOnceADay() {
        TestOrganisation org = newOrganisation();
        long id = submitted(org.drafter1);
        assertThatThrownBy(() -> urges.urgeReview(org.drafter1, id))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("尚未超过期限");
        String task = taskId(id);
        asTheService(() -> taskService.setDueDate(task, Date.from(Instant.now().minus(Duration.ofHours(3)))));
        int entries = auditLog.history(id).size();

        UrgeResult result = urges.urgeReview(org.drafter1, id);

        assertThat(result.recipients())
                .contains(org.reviewer1.username(), org.reviewer2.username())
                .doesNotContain(org.drafter1.username());
        Notification n = notifications.latest(org.reviewer1, 1).get(0);
        assertThat(n.kind()).isEqualTo(NotificationKind.URGE_REVIEW);
        assertThat(n.tableId()).isEqualTo(id);
        assertThat(auditLog.history(id)).hasSize(entries + 1);
        assertThat(lastAudit(id).action()).isEqualTo(AuditAction.REMIND);
        assertThat(lastAudit(id).actor()).isEqualTo(org.drafter1.username());

        // once a day: refused the same day, in Chinese, nothing written
        assertThatThrownBy(() -> urges.urgeReview(org.drafter1, id))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("每天只能催办一次");
        assertThat(auditLog.history(id)).hasSize(entries + 1);
        // the next day again
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(1))));
        urges.urgeReview(org.drafter1, id);
        assertThat(auditLog.history(id)).hasSize(entries + 2);
        // claimed: the holder alone is told
        approvals.claim(org.reviewer2, task);
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(2))));
        assertThat(urges.urgeReview(org.drafter1, id).recipients()).containsExactly(org.reviewer2.username());
    }

    @Test
    void onlyTheUnitsDrafterUrgesAReview() {
        TestOrganisation org = newOrganisation();
        long id = submitted(org.drafter1);
        String task = taskId(id);
        asTheService(() -> taskService.setDueDate(task, Date.from(Instant.now().minus(Duration.ofHours(3)))));
        assertThatThrownBy(() -> urges.urgeReview(org.drafter2, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> urges.urgeReview(org.reviewer1, id)).isInstanceOf(NotAllowedException.class);
        long draft = create(org.drafter1, cn.perftarget.workflow.support.SeedContent.clean());
        assertThatThrownBy(() -> urges.urgeReview(org.drafter1, draft))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("不在审核中");
    }

    private long securityEvents(String subject) {
        Long n = jdbc.queryForObject("select count(*) from security_event where subject = ?", Long.class, subject);
        return n == null ? 0 : n;
    }
}
