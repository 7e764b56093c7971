package cn.perftarget.bpmn.approval;

import static cn.perftarget.bpmn.TargetApprovalProcess.DEPARTMENT_REVIEW;
import static cn.perftarget.bpmn.TargetApprovalProcess.FISCAL_REVIEW;
import static cn.perftarget.bpmn.TargetApprovalProcess.REVISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.ReturnedBy;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** 主管部门审核: submission, pass, return and resubmission. */
class DepartmentReviewTest extends ApprovalProcessTest {

    @Test
    void aSubmissionWaitsForTheReviewersOfTheTablesDepartment() {
        ProcessInstance instance = round.submit();

        assertThat(instance).isStarted().hasBusinessKey("4420011").isWaitingAtExactly(DEPARTMENT_REVIEW);
        assertThat(instance)
                .task()
                .hasName("主管部门审核")
                .hasCandidateGroup("dept-reviewer-442")
                .isNotAssigned();
        assertThat(instance).variables().containsEntry(ApprovalVariables.RETURNED_BY, ReturnedBy.NONE.value());
    }

    @Test
    void passRoutesTheTableThroughTheDecisionToTheFiscalReview() {
        ProcessInstance instance = round.submit();

        round.passDepartmentReview();

        assertThat(instance)
                .hasPassedInOrder(DEPARTMENT_REVIEW, "departmentDecided", "routeToFiscalSection")
                .isWaitingAtExactly(FISCAL_REVIEW);
        assertThat(instance).variables().containsEntry(ApprovalVariables.FISCAL_SECTION, "F-QHD-1");
        assertThat(instance).task().hasName("财政审核").hasCandidateGroup("fiscal-reviewer-F-QHD-1");
    }

    @Test
    void returnSendsTheTableToTheUnitAndTheResubmissionBackToTheDepartment() {
        ProcessInstance instance = round.submit();

        round.returnFromDepartmentReview();

        assertThat(instance).isWaitingAtExactly(REVISE);
        assertThat(instance).task().hasName("编制修改").hasCandidateGroup("drafter-442001");
        assertThat(instance).variables().containsEntry(ApprovalVariables.RETURNED_BY, ReturnedBy.DEPARTMENT.value());

        round.resubmit();

        assertThat(instance).hasPassed("resubmitted").isWaitingAtExactly(DEPARTMENT_REVIEW);
        assertThat(timesEntered(instance, DEPARTMENT_REVIEW)).isEqualTo(2);
        assertThat(timesEntered(instance, "routeToFiscalSection")).isZero();
        assertThat(instance).task().hasCandidateGroup("dept-reviewer-442");
        assertThat(instance).variables().containsEntry(ApprovalVariables.REVISION_ID, 2L);
    }

    @Test
    void completingTheReviewWithoutADecisionIsRefusedEvenAfterAnEarlierRound() {
        ProcessInstance instance = round.submit();
        round.returnFromDepartmentReview();
        round.resubmit();

        // departmentDecision of the first round was cleared when the task started again
        assertThatThrownBy(() -> round.complete(DEPARTMENT_REVIEW, Map.of()))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(ApprovalVariables.DEPARTMENT_DECISION);

        assertThat(instance).isWaitingAtExactly(DEPARTMENT_REVIEW);
    }

    @Test
    void anUnknownDecisionIsRefused() {
        ProcessInstance instance = round.submit();

        assertThatThrownBy(
                        () -> round.complete(DEPARTMENT_REVIEW, Map.of(ApprovalVariables.DEPARTMENT_DECISION, "maybe")))
                .isInstanceOf(ProcessEngineException.class);

        assertThat(instance).isWaitingAtExactly(DEPARTMENT_REVIEW);
    }
}
