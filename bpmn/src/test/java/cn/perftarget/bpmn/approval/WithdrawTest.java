package cn.perftarget.bpmn.approval;

import static cn.perftarget.bpmn.TargetApprovalProcess.DEPARTMENT_REVIEW;
import static cn.perftarget.bpmn.TargetApprovalProcess.FISCAL_REVIEW;
import static cn.perftarget.bpmn.TargetApprovalProcess.REVISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.perftarget.bpmn.Grade;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** 撤回: the drafter pulls a submission back before a reviewer has claimed it. */
class WithdrawTest extends ApprovalProcessTest {

    private long timersOf(ProcessInstance instance) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .count();
    }

    @Test
    void withdrawingFromTheDepartmentReviewReturnsTheTableToTheUnit() {
        ProcessInstance instance = round.submit();
        assertThat(instance).task().isNotAssigned();
        assertThat(timersOf(instance)).isEqualTo(2);

        round.withdraw();

        assertThat(instance).hasPassed("departmentReviewWithdrawn").isWaitingAtExactly(REVISE);
        assertThat(instance).task().hasCandidateGroup("drafter-442001");
        assertThat(timersOf(instance))
                .as("the review's reminder and escalation are cancelled")
                .isZero();

        round.resubmit();

        assertThat(instance).isWaitingAtExactly(DEPARTMENT_REVIEW);
        assertThat(timersOf(instance)).isEqualTo(2);
    }

    @Test
    void withdrawingFromTheFirstFiscalReviewGoesBackThroughTheDepartment() {
        ProcessInstance instance = round.submit();
        round.passDepartmentReview();

        round.withdraw();

        assertThat(instance).hasPassed("fiscalReviewWithdrawn").isWaitingAtExactly(REVISE);

        round.resubmit();

        assertThat(instance).isWaitingAtExactly(DEPARTMENT_REVIEW);
    }

    @Test
    void withdrawingAResubmissionAfterFairSendsTheNextOneToTheFiscalReviewAgain() {
        ProcessInstance instance = round.submit();
        round.passDepartmentReview();
        round.grade(Grade.FAIR);
        round.resubmit();
        assertThat(instance).isWaitingAtExactly(FISCAL_REVIEW);

        round.withdraw();
        round.resubmit();

        assertThat(instance).isWaitingAtExactly(FISCAL_REVIEW);
        assertThat(timesEntered(instance, DEPARTMENT_REVIEW)).isEqualTo(1);
    }

    @Test
    void thereIsNothingToWithdrawWhileTheUnitHasTheTable() {
        ProcessInstance instance = round.submit();
        round.returnFromDepartmentReview();

        assertThatThrownBy(round::withdraw).isInstanceOf(MismatchingMessageCorrelationException.class);

        assertThat(instance).isWaitingAtExactly(REVISE);
    }
}
