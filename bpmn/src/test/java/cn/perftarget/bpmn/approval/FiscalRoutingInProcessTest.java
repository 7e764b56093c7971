package cn.perftarget.bpmn.approval;

import static cn.perftarget.bpmn.TargetApprovalProcess.DEPARTMENT_REVIEW;
import static cn.perftarget.bpmn.TargetApprovalProcess.FISCAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.perftarget.bpmn.ApprovalVariables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fiscal review is offered to the section the routing bean names for the table's department (in service: the
 * section the organisation makes responsible for it); a department the routing cannot place stays where it was.
 */
class FiscalRoutingInProcessTest extends ApprovalProcessTest {

    @ParameterizedTest(name = "department {0} → {1}")
    @CsvSource({"438, 438001, fiscal-reviewer-F-TSLN-1", "120, 120001, fiscal-reviewer-F-CDGX-1"})
    void theFiscalReviewGoesToTheRoutedSection(String departmentCode, String unitCode, String candidateGroup) {
        ProcessInstance instance = round.submit(ApprovalRound.submissionOfUnit442001()
                .putValue(ApprovalVariables.DEPARTMENT_CODE, departmentCode)
                .putValue(ApprovalVariables.UNIT_CODE, unitCode));
        assertThat(instance).task().hasCandidateGroup("dept-reviewer-" + departmentCode);

        round.passDepartmentReview();

        assertThat(instance).isWaitingAtExactly(FISCAL_REVIEW);
        assertThat(instance).task().hasCandidateGroup(candidateGroup);
    }

    @Test
    void aDepartmentWithoutASectionCannotBePassed() {
        ProcessInstance instance = round.submit(ApprovalRound.submissionOfUnit442001()
                .putValue(ApprovalVariables.DEPARTMENT_CODE, "999")
                .putValue(ApprovalVariables.UNIT_CODE, "999001"));

        assertThatThrownBy(() -> round.passDepartmentReview()).hasMessageContaining("999");

        assertThat(instance).isWaitingAtExactly(DEPARTMENT_REVIEW);
    }
}
