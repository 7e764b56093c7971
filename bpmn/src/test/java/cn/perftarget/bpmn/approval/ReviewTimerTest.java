package cn.perftarget.bpmn.approval;

import static cn.perftarget.bpmn.TargetApprovalProcess.DEPARTMENT_REVIEW;
import static cn.perftarget.bpmn.TargetApprovalProcess.ESCALATION_BEAN;
import static cn.perftarget.bpmn.TargetApprovalProcess.FISCAL_REVIEW;
import static cn.perftarget.bpmn.TargetApprovalProcess.REMINDER_BEAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.approval.RecordingReviewHook.Call;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Due dates of the review tasks: reminder at reviewDue, escalation at escalationDue, both non-interrupting. */
class ReviewTimerTest extends ApprovalProcessTest {

    private final RecordingReviewHook reminder = new RecordingReviewHook();
    private final RecordingReviewHook escalation = new RecordingReviewHook();

    @BeforeEach
    void registerTheHooks() {
        Mocks.register(REMINDER_BEAN, reminder);
        Mocks.register(ESCALATION_BEAN, escalation);
    }

    /** Moves the engine clock and runs the timer jobs that are due then, as the job executor would. */
    private int runTimersDueAt(ProcessInstance instance, Date now) {
        ClockUtil.setCurrentTime(now);
        List<Job> due = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .executable()
                .list();
        due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        return due.size();
    }

    private static Date plus(Date date, Duration duration) {
        return Date.from(date.toInstant().plus(duration));
    }

    @Test
    void theDepartmentReviewIsDueAtReviewDueAndRemindsThenEscalates() {
        Date reviewDue = ApprovalRound.reviewDueFromNow();
        Date escalationDue = ApprovalRound.escalationDueFromNow();
        ProcessInstance instance = round.submit();
        assertThat(instance).task().hasDueDate(reviewDue);
        String reviewTaskId = task(DEPARTMENT_REVIEW, instance).getId();

        assertThat(runTimersDueAt(instance, plus(reviewDue, Duration.ofMinutes(-1))))
                .isZero();
        assertThat(reminder.calls()).isEmpty();

        assertThat(runTimersDueAt(instance, reviewDue)).isEqualTo(1);

        assertThat(reminder.calls())
                .containsExactly(new Call(
                        "remindDepartmentReviewer", DEPARTMENT_REVIEW, "dept-reviewer-442", reviewTaskId, "4420011"));
        assertThat(escalation.calls()).isEmpty();
        assertThat(instance).hasPassed("departmentReviewerReminded").isWaitingAtExactly(DEPARTMENT_REVIEW);

        assertThat(runTimersDueAt(instance, plus(escalationDue, Duration.ofMinutes(1))))
                .isEqualTo(1);

        assertThat(escalation.calls())
                .containsExactly(new Call(
                        "escalateDepartmentReview", DEPARTMENT_REVIEW, "dept-reviewer-442", reviewTaskId, "4420011"));
        assertThat(reminder.calls()).hasSize(1);
        assertThat(instance).hasPassed("departmentReviewEscalated").isWaitingAtExactly(DEPARTMENT_REVIEW);
        assertThat(task(DEPARTMENT_REVIEW, instance).getId())
                .as("the same task, not a new one")
                .isEqualTo(reviewTaskId);

        round.passDepartmentReview();
        assertThat(instance).isWaitingAtExactly(FISCAL_REVIEW);
    }

    @Test
    void theFiscalReviewTakesItsDueDatesAsIsoStringsAndEscalatesToItsSection() {
        ProcessInstance instance = round.submit();
        ClockUtil.setCurrentTime(plus(MONDAY_MORNING, Duration.ofDays(1)));
        round.complete(
                DEPARTMENT_REVIEW,
                Map.of(
                        ApprovalVariables.DEPARTMENT_DECISION, "pass",
                        ApprovalVariables.REVIEW_DUE, "2026-03-06T17:00:00+08:00",
                        ApprovalVariables.ESCALATION_DUE, "2026-03-11T17:00:00+08:00"));
        Date reviewDue =
                Date.from(OffsetDateTime.parse("2026-03-06T17:00:00+08:00").toInstant());
        Date escalationDue =
                Date.from(OffsetDateTime.parse("2026-03-11T17:00:00+08:00").toInstant());

        Task review = task(FISCAL_REVIEW, instance);
        assertThat(instance).task().hasDueDate(reviewDue);

        assertThat(runTimersDueAt(instance, reviewDue)).isEqualTo(1);
        assertThat(runTimersDueAt(instance, escalationDue)).isEqualTo(1);

        assertThat(reminder.calls())
                .containsExactly(new Call(
                        "remindFiscalReviewer", FISCAL_REVIEW, "fiscal-reviewer-F-QHD-1", review.getId(), "4420011"));
        assertThat(escalation.calls())
                .containsExactly(new Call(
                        "escalateFiscalReview", FISCAL_REVIEW, "fiscal-reviewer-F-QHD-1", review.getId(), "4420011"));
        assertThat(instance).isWaitingAtExactly(FISCAL_REVIEW);
    }

    @Test
    void finishingTheReviewCancelsItsTimersAndTheNextReviewGetsFreshOnes() {
        ProcessInstance instance = round.submit();
        Date firstDue = ApprovalRound.reviewDueFromNow();

        ClockUtil.setCurrentTime(plus(MONDAY_MORNING, Duration.ofDays(2)));
        round.returnFromDepartmentReview();
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .as("no review is waiting, so nothing is due")
                .isZero();

        ClockUtil.setCurrentTime(plus(MONDAY_MORNING, Duration.ofDays(4)));
        Date secondDue = ApprovalRound.reviewDueFromNow();
        round.resubmit();

        assertThat(instance).task().hasDueDate(secondDue);
        assertThat(runTimersDueAt(instance, firstDue))
                .as("the first round's due date is gone")
                .isZero();
        assertThat(runTimersDueAt(instance, secondDue)).isEqualTo(1);
        assertThat(reminder.calls()).hasSize(1);
    }
}
