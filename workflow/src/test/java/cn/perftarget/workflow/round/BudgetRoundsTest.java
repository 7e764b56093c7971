package cn.perftarget.workflow.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.security.SecurityLogEntry;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.deadline.WorkCalendarRepository;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.RoundClosedException;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.InboxRow;
import cn.perftarget.workflow.inbox.InboxTab;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;
import cn.perftarget.workflow.inbox.TableListRow;
import cn.perftarget.workflow.notification.Notification;
import cn.perftarget.workflow.notification.NotificationKind;
import cn.perftarget.workflow.notification.NotificationRepository;
import cn.perftarget.workflow.round.reminder.RoundReminders;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 预算编制轮次: opening, changing and closing a region's round (one open round per year, the checks of the form,
 * the security log's old → new), the late mark of a first submission and where it shows, a closed round refusing a
 * first submission while an adjustment still goes, and the reminder of units before the submission deadline — once
 * per round and unit, even when two nodes trigger it at the same moment, counted in working days.
 */
class BudgetRoundsTest extends WorkflowTestSupport {

    /** The seed tables of these tests are of 2020. */
    private static final int YEAR = 2020;

    @Autowired
    BudgetRounds budgetRounds;

    @Autowired
    RoundReminders reminders;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    WorkCalendarRepository calendar;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    cn.perftarget.workflow.overview.OverviewService overview;

    private TestOrganisation org;
    private AppUser admin;
    private LocalDate today;

    @BeforeEach
    void region() {
        ClockUtil.reset();
        org = newOrganisation();
        admin = administratorOf(org, Role.SYSTEM_ADMIN);
        today = BeijingTime.day(ClockUtil.getCurrentTime().toInstant());
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    @Test
    void theAdministratorOpensChangesAndClosesARoundEachChangeInTheSecurityLog() {
        BudgetRound opened = budgetRounds.open(admin, form(YEAR, today.plusDays(10), today.plusDays(20), null));
        assertThat(opened.state()).isEqualTo(BudgetRoundState.OPEN);
        assertThat(opened.reminderWorkingDays()).as("the default").isEqualTo(3);
        assertThat(opened.regionCode()).isEqualTo(org.region);
        assertThat(opened.openedBy()).isEqualTo(admin.username());
        assertThat(budgetRounds.list(org.drafter1)).containsExactly(opened);
        assertThat(budgetRounds.ofYear(org.reviewer1, YEAR)).contains(opened);
        assertThat(budgetRounds.ofYear(org.drafter1, YEAR + 1)).isEmpty();
        assertThat(entry("security.detail.roundOpened"))
                .endsWith("- -> 2020/" + today.plusDays(10) + "/" + today.plusDays(20) + "/3");

        BudgetRound changed =
                budgetRounds.changeDeadlines(admin, opened.id(), form(null, today.plusDays(12), today.plusDays(25), 5));
        assertThat(changed.submissionDeadline()).isEqualTo(today.plusDays(12));
        assertThat(changed.reviewDeadline()).isEqualTo(today.plusDays(25));
        assertThat(changed.reminderWorkingDays()).isEqualTo(5);
        assertThat(entry("security.detail.roundDeadlinesChanged"))
                .contains("2020/" + today.plusDays(10) + "/" + today.plusDays(20) + "/3 -> 2020/" + today.plusDays(12)
                        + "/" + today.plusDays(25) + "/5");

        BudgetRound closed = budgetRounds.close(admin, opened.id());
        assertThat(closed.state()).isEqualTo(BudgetRoundState.CLOSED);
        assertThat(closed.closedBy()).isEqualTo(admin.username());
        assertThat(closed.closedAt()).isNotNull();
        assertThat(entry("security.detail.roundClosed")).endsWith("OPEN -> CLOSED");
        assertThatThrownBy(() -> budgetRounds.close(admin, opened.id())).hasMessage("2020年度的预算编制轮次已结束");

        // after the close, a new round of the year may be opened; it is the year's round now
        BudgetRound again = budgetRounds.open(admin, form(YEAR, today.plusDays(3), today.plusDays(5), 2));
        assertThat(budgetRounds.ofYear(org.drafter1, YEAR)).contains(again);
        assertThat(budgetRounds.list(admin)).containsExactly(again, closed);
    }

    @Test
    void aBadFormIsRefusedInChineseAndChangesNothing() {
        BudgetRound opened = budgetRounds.open(admin, form(YEAR, today.plusDays(10), today.plusDays(20), 3));
        long logged = roundEntries();

        assertRefused(form(YEAR + 1, null, today, 3), "请填写提交截止日");
        assertRefused(form(YEAR + 1, today, null, 3), "请填写审核截止日");
        assertRefused(
                form(YEAR + 1, today.plusDays(10), today.plusDays(9), 3),
                "审核截止日（" + today.plusDays(9) + "）不能早于提交截止日（" + today.plusDays(10) + "）");
        assertRefused(form(null, today, today, 3), "请填写年度（2000～2999）");
        assertRefused(form(1999, today, today, 3), "请填写年度（2000～2999）");
        assertRefused(form(YEAR + 1, today, today, 0), "提前提醒的工作日数须在 1 至 30 之间");
        assertRefused(form(YEAR, today, today, 3), "2020年度已有进行中的预算编制轮次，每个年度只能有一个进行中的轮次");
        assertThatThrownBy(() -> budgetRounds.changeDeadlines(
                        admin, opened.id(), form(null, today.plusDays(10), today.plusDays(1), 3)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(budgetRounds.list(admin)).containsExactly(opened);
        assertThat(roundEntries()).isEqualTo(logged);
    }

    @Test
    void onlyTheRegionsSystemAdministratorManagesItsRounds() {
        BudgetRound opened = budgetRounds.open(admin, form(YEAR, today.plusDays(10), today.plusDays(20), 3));
        TestOrganisation other = newOrganisation();
        AppUser otherAdmin = administratorOf(other, Role.SYSTEM_ADMIN);
        assertThatThrownBy(() -> budgetRounds.close(otherAdmin, opened.id()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("2020年度的预算编制轮次不在您管理的区划内");
        assertThatThrownBy(() -> budgetRounds.open(org.drafter1, form(YEAR + 1, today, today, 3)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> budgetRounds.list(administratorOf(org, Role.SECURITY_ADMIN)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(budgetRounds.list(otherAdmin)).as("another region's rounds").isEmpty();
        assertThat(budgetRounds.list(org.drafter1)).containsExactly(opened);
        assertThat(securityLog.latest(SecurityEventType.ACCESS_REFUSED, 20))
                .anyMatch(e -> e.event().subject().equals(otherAdmin.username()));
    }

    @Test
    void aLateFirstSubmissionIsMarkedInTheListsAndTheInboxAndAReviewPastTheReviewDeadlineToo() {
        long onTime = create(org.drafter1, SeedContent.clean());
        approvals.submit(org.drafter1, onTime); // no round yet: as before rounds existed
        BudgetRound round = budgetRounds.open(admin, form(YEAR, today.minusDays(2), today.minusDays(1), 3));
        long late = submitted(org.drafter1);

        assertThat(jdbc.queryForObject("select submitted_late from target_table where id = ?", Boolean.class, late))
                .isTrue();
        assertThat(jdbc.queryForObject("select budget_round_id from target_table where id = ?", Long.class, late))
                .isEqualTo(round.id());
        assertThat(jdbc.queryForObject("select submitted_late from target_table where id = ?", Boolean.class, onTime))
                .isFalse();

        List<InboxRow> rows = inbox.rows(
                org.reviewer1, InboxTab.OPEN, InboxFilter.NONE, PageRequest.first(50, SortKey.DUE_DATE, false));
        InboxRow lateRow =
                rows.stream().filter(r -> r.tableId() == late).findFirst().orElseThrow();
        InboxRow onTimeRow =
                rows.stream().filter(r -> r.tableId() == onTime).findFirst().orElseThrow();
        assertThat(lateRow.submittedLate()).isTrue();
        assertThat(lateRow.pastReviewDeadline())
                .as("the review deadline was yesterday")
                .isTrue();
        assertThat(onTimeRow.submittedLate()).isFalse();
        assertThat(onTimeRow.pastReviewDeadline())
                .as("submitted before the round")
                .isFalse();

        List<TableListRow> mine = reader.unitTables(org.drafter1, YEAR, 0, 50).rows();
        assertThat(mine)
                .filteredOn(TableListRow::submittedLate)
                .extracting(TableListRow::tableId)
                .containsExactly(late);

        // the overview of the department counts it as late (逾期提交), the round's deadline with it
        var figures = overview.figures(org.reviewer1, YEAR).late();
        assertThat(figures).isNotNull();
        assertThat(figures.total()).isEqualTo(1);
        assertThat(figures.perDepartment()).containsExactly(java.util.Map.entry(org.department.id(), 1L));
        assertThat(figures.deadline())
                .isEqualTo(today.minusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant());

        // a return and a resubmission keep the first submission's mark; a resubmission is not late again
        approvals.returnToUnit(org.reviewer1, taskId(onTime), "请补充");
        approvals.submit(org.drafter1, onTime);
        assertThat(jdbc.queryForObject("select submitted_late from target_table where id = ?", Boolean.class, onTime))
                .isFalse();
    }

    @Test
    void aClosedRoundRefusesAFirstSubmissionWhileAnAdjustmentStillGoes() {
        BudgetRound round = budgetRounds.open(admin, form(YEAR, today.plusDays(10), today.plusDays(20), 3));
        long approved = atFiscalReview(org.drafter1, org.reviewer1);
        approvals.grade(org.fiscal, taskId(approved), Grade.EXCELLENT, null, null);
        long returned = submitted(org.drafter1);
        approvals.returnToUnit(org.reviewer1, taskId(returned), "请补充量化指标");
        long draft = create(org.drafter1, SeedContent.clean());
        budgetRounds.close(admin, round.id());

        int entries = auditLog.history(draft).size();
        assertThatThrownBy(() -> approvals.submit(org.drafter1, draft))
                .isInstanceOf(RoundClosedException.class)
                .satisfies(e -> assertThat(WorkflowTexts.chinese(((RoundClosedException) e).text()))
                        .isEqualTo("2020年度预算编制轮次已于 " + today + " 结束，不能再提交新的绩效目标表；已批复的绩效目标表仍可申请调整"));
        assertThat(status(draft)).as("the draft stays as it is").isEqualTo(TableStatus.DRAFTING);
        assertThat(auditLog.history(draft)).hasSize(entries);
        assertThat(revisions.listByTable(draft)).isEmpty();

        // 调整 of an approved table starts a new review
        approvals.reopen(org.drafter1, approved, "年中预算调整");
        approvals.submit(org.drafter1, approved);
        assertThat(status(approved)).isEqualTo(TableStatus.DEPT_REVIEW);
        // a returned table goes back into the review it belongs to
        approvals.submit(org.drafter1, returned);
        assertThat(status(returned)).isEqualTo(TableStatus.DEPT_REVIEW);
    }

    @Test
    void aYearWithoutARoundWorksAsBefore() {
        long id = submitted(org.drafter1);
        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(jdbc.queryForObject("select budget_round_id from target_table where id = ?", Long.class, id))
                .isNull();
    }

    @Test
    void unitsWithUnsubmittedTablesAreRemindedOnceEvenWhenTwoNodesTriggerTheReminderAtOnce() throws Exception {
        // deadline Friday 2031-10-31, reminder 3 working days before: from Tuesday 2031-10-28 on
        budgetRounds.open(admin, form(YEAR, LocalDate.of(2031, 10, 31), LocalDate.of(2031, 11, 14), 3));
        long unsubmitted = create(org.drafter1, SeedContent.clean());
        create(org.drafter1, SeedContent.clean());
        submitted(org.drafter2); // unit 2 has submitted everything

        at(LocalDate.of(2031, 10, 27)); // Monday: four working days before
        reminders.remind();
        assertThat(roundReminders(org.drafter1)).isEmpty();

        at(LocalDate.of(2031, 10, 28)); // Tuesday: three working days before
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = List.of(
                    nodes.submit(() -> {
                        start.await();
                        return reminders.remind();
                    }),
                    nodes.submit(() -> {
                        start.await();
                        return reminders.remind();
                    }));
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }
        reminders.remind(); // and once more later
        List<Notification> sent = roundReminders(org.drafter1);
        assertThat(sent).singleElement().satisfies(n -> {
            assertThat(n.tableId()).isEqualTo(unsubmitted);
            assertThat(WorkflowTexts.chinese(n.message()))
                    .isEqualTo("2020年度预算编制轮次的提交截止日为 2031-10-31，本单位尚有 2 张绩效目标表未提交，请尽快提交");
        });
        assertThat(roundReminders(org.drafter2)).as("nothing left to submit").isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from budget_round_reminder r join organisation u on u.id = r.unit_id"
                                + " where u.region_code = ?",
                        Integer.class,
                        org.region))
                .isEqualTo(1);
    }

    @Test
    void theReminderCountsWorkingDaysHolidaysIncluded() {
        budgetRounds.open(admin, form(YEAR, LocalDate.of(2031, 10, 31), LocalDate.of(2031, 11, 14), 3));
        create(org.drafter1, SeedContent.clean());
        LocalDate holiday = LocalDate.of(2031, 10, 29);
        calendar.put(holiday, false, "测试假日");
        try {
            at(LocalDate.of(2031, 10, 24)); // Friday: Mon, Tue, Thu, Fri ahead (Wednesday is a holiday)
            reminders.remind();
            assertThat(roundReminders(org.drafter1)).isEmpty();
            at(LocalDate.of(2031, 10, 26)); // Sunday: still four working days ahead
            reminders.remind();
            assertThat(roundReminders(org.drafter1)).isEmpty();
            at(LocalDate.of(2031, 10, 27)); // Monday: Tue, Thu, Fri — a day earlier than without the holiday
            reminders.remind();
            assertThat(roundReminders(org.drafter1)).hasSize(1);
        } finally {
            calendar.remove(holiday);
        }
        at(LocalDate.of(2031, 11, 3)); // after the deadline nothing more is sent
        reminders.remind();
        assertThat(roundReminders(org.drafter1)).hasSize(1);
    }

    private static RoundForm form(Integer year, LocalDate submission, LocalDate review, Integer days) {
        return new RoundForm(year, submission, review, days);
    }

    private void assertRefused(RoundForm form, String message) {
        assertThatThrownBy(() -> budgetRounds.open(admin, form))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message);
    }

    /** The details of the newest security log entry of this region's round with the given detail key. */
    private String entry(String key) {
        return securityLog.latest(SecurityEventType.ADMINISTRATION, 50).stream()
                .map(SecurityLogEntry::event)
                .filter(e -> ("round:" + org.region + "/" + YEAR).equals(e.object()))
                .filter(e -> e.details() != null && e.details().startsWith(key))
                .filter(e -> e.subject().equals(admin.username()))
                .map(e -> e.details())
                .findFirst()
                .orElseThrow();
    }

    /** The security log's entries about this region's rounds. */
    private long roundEntries() {
        return securityLog.latest(SecurityEventType.ADMINISTRATION, 1000).stream()
                .filter(e -> e.event().object() != null && e.event().object().startsWith("round:" + org.region + "/"))
                .count();
    }

    private List<Notification> roundReminders(AppUser drafter) {
        return notifications.latest(drafter.username(), 100).stream()
                .filter(n -> n.kind() == NotificationKind.ROUND_REMINDER)
                .toList();
    }

    /** The engine clock at 10:00 Beijing time on the day. */
    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(day, java.time.LocalTime.of(10, 0))
                .atZone(BeijingTime.ZONE)
                .toInstant()));
    }
}
