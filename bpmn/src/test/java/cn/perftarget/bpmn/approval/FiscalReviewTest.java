package cn.perftarget.bpmn.approval;

import static cn.perftarget.bpmn.TargetApprovalProcess.APPROVED;
import static cn.perftarget.bpmn.TargetApprovalProcess.DEPARTMENT_REVIEW;
import static cn.perftarget.bpmn.TargetApprovalProcess.FISCAL_REVIEW;
import static cn.perftarget.bpmn.TargetApprovalProcess.REJECTED;
import static cn.perftarget.bpmn.TargetApprovalProcess.REVISE;
import static cn.perftarget.bpmn.TargetApprovalProcess.UNIT_CONFIRMATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.Confirmation;
import cn.perftarget.bpmn.Grade;
import cn.perftarget.bpmn.ReturnedBy;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** 财政审核: the four grades, the unit's answer to 良, and the resubmission after 中. */
class FiscalReviewTest extends ApprovalProcessTest {

    private ProcessInstance atFiscalReview() {
        ProcessInstance instance = round.submit();
        round.passDepartmentReview();
        assertThat(instance).isWaitingAtExactly(FISCAL_REVIEW);
        return instance;
    }

    @Test
    void excellentApprovesTheTable() {
        ProcessInstance instance = atFiscalReview();

        round.grade(Grade.EXCELLENT);

        assertThat(instance).isEnded().hasPassed(APPROVED).hasNotPassed(UNIT_CONFIRMATION, REVISE);
        assertThat(endActivityOf(instance)).isEqualTo(APPROVED);
    }

    @Test
    void goodAsksTheUnitToConfirmAndAcceptanceApproves() {
        ProcessInstance instance = atFiscalReview();

        round.grade(Grade.GOOD);

        assertThat(instance).isWaitingAtExactly(UNIT_CONFIRMATION);
        assertThat(instance).task().hasName("单位确认").hasCandidateGroup("drafter-442001");

        round.confirm(Confirmation.ACCEPT);

        assertThat(instance).isEnded();
        assertThat(endActivityOf(instance)).isEqualTo(APPROVED);
    }

    @Test
    void aDisputeGoesBackToTheSameFiscalSection() {
        ProcessInstance instance = atFiscalReview();
        round.grade(Grade.GOOD);

        round.confirm(Confirmation.DISPUTE);

        assertThat(instance).isWaitingAtExactly(FISCAL_REVIEW);
        assertThat(instance).task().hasCandidateGroup("fiscal-reviewer-F-QHD-1");
        assertThat(timesEntered(instance, FISCAL_REVIEW)).isEqualTo(2);
        assertThat(timesEntered(instance, "routeToFiscalSection")).isEqualTo(1);

        round.grade(Grade.EXCELLENT);

        assertThat(instance).isEnded();
        assertThat(endActivityOf(instance)).isEqualTo(APPROVED);
    }

    @Test
    void fairSendsTheTableBackAndTheResubmissionStraightToTheFiscalReview() {
        ProcessInstance instance = atFiscalReview();

        round.grade(Grade.FAIR);

        assertThat(instance).isWaitingAtExactly(REVISE);
        assertThat(instance).task().hasCandidateGroup("drafter-442001");
        assertThat(instance).variables().containsEntry(ApprovalVariables.RETURNED_BY, ReturnedBy.FISCAL.value());

        round.resubmit();

        assertThat(instance).isWaitingAtExactly(FISCAL_REVIEW);
        assertThat(instance).task().hasCandidateGroup("fiscal-reviewer-F-QHD-1");
        assertThat(timesEntered(instance, DEPARTMENT_REVIEW)).isEqualTo(1);
    }

    @Test
    void fairWithTheRegionSettingSendsTheResubmissionThroughTheDepartment() {
        ProcessInstance instance = round.submit(
                ApprovalRound.submissionOfUnit442001().putValue(ApprovalVariables.RESUBMIT_VIA_DEPARTMENT, true));
        round.passDepartmentReview();
        round.grade(Grade.FAIR);

        round.resubmit();

        assertThat(instance).isWaitingAtExactly(DEPARTMENT_REVIEW);
        assertThat(timesEntered(instance, DEPARTMENT_REVIEW)).isEqualTo(2);

        round.passDepartmentReview();

        assertThat(instance).isWaitingAtExactly(FISCAL_REVIEW);
        assertThat(timesEntered(instance, "routeToFiscalSection")).isEqualTo(2);
    }

    @Test
    void afterFairADepartmentReturnSendsTheNextResubmissionToTheDepartment() {
        ProcessInstance instance = round.submit(
                ApprovalRound.submissionOfUnit442001().putValue(ApprovalVariables.RESUBMIT_VIA_DEPARTMENT, true));
        round.passDepartmentReview();
        round.grade(Grade.FAIR);
        round.resubmit();

        round.returnFromDepartmentReview();
        round.resubmit();

        assertThat(instance).isWaitingAtExactly(DEPARTMENT_REVIEW);
        assertThat(instance).variables().containsEntry(ApprovalVariables.RETURNED_BY, ReturnedBy.DEPARTMENT.value());
    }

    @Test
    void poorEndsTheProcessWithoutApproval() {
        ProcessInstance instance = atFiscalReview();

        round.grade(Grade.POOR);

        assertThat(instance).isEnded().hasPassed(REJECTED).hasNotPassed(APPROVED, REVISE);
        assertThat(endActivityOf(instance)).isEqualTo(REJECTED);
    }

    @Test
    void aGradeOfAnEarlierReviewDoesNotCountForTheNextOne() {
        ProcessInstance instance = atFiscalReview();
        round.grade(Grade.GOOD);
        round.confirm(Confirmation.DISPUTE);

        assertThatThrownBy(() -> round.complete(FISCAL_REVIEW, Map.of()))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(ApprovalVariables.GRADE);

        assertThat(instance).isWaitingAtExactly(FISCAL_REVIEW);
    }

    @Test
    void theUnitMustAnswerAGoodGrade() {
        ProcessInstance instance = atFiscalReview();
        round.grade(Grade.GOOD);

        assertThatThrownBy(() -> round.complete(UNIT_CONFIRMATION, Map.of()))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(ApprovalVariables.CONFIRMATION);

        assertThat(instance).isWaitingAtExactly(UNIT_CONFIRMATION);
    }
}
