package cn.perftarget.bpmn.approval;

import static cn.perftarget.bpmn.TargetApprovalProcess.APPROVED;
import static cn.perftarget.bpmn.TargetApprovalProcess.DEPARTMENT_REVIEW;
import static cn.perftarget.bpmn.TargetApprovalProcess.FISCAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.Confirmation;
import cn.perftarget.bpmn.Grade;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** 调整: an approved table reopened by its unit goes through both reviews again, in a new instance. */
class AdjustmentTest extends ApprovalProcessTest {

    @Test
    void anAdjustmentOfAnApprovedTableIsReviewedByBothAgain() {
        ProcessInstance first = round.submit();
        round.passDepartmentReview();
        round.grade(Grade.EXCELLENT);
        assertThat(first).isEnded();

        ApprovalRound adjustment = new ApprovalRound(engine);
        ProcessInstance second = adjustment.submit(ApprovalRound.submissionOfUnit442001()
                .putValue(ApprovalVariables.ADJUSTMENT, true)
                .putValue(ApprovalVariables.ADJUSTMENT_REASON, "项目预算调减，调整产出指标")
                .putValue(ApprovalVariables.REVISION_ID, 3L));

        assertThat(second).hasBusinessKey(first.getBusinessKey()).isWaitingAtExactly(DEPARTMENT_REVIEW);
        assertThat(second).variables().containsEntry(ApprovalVariables.ADJUSTMENT, true);
        assertThat(second).task().hasCandidateGroup("dept-reviewer-442");

        adjustment.passDepartmentReview();
        assertThat(second).isWaitingAtExactly(FISCAL_REVIEW);
        adjustment.grade(Grade.GOOD);
        adjustment.confirm(Confirmation.ACCEPT);

        assertThat(second).isEnded();
        assertThat(endActivityOf(second)).isEqualTo(APPROVED);
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey("4420011")
                        .finished()
                        .count())
                .isEqualTo(2);
    }
}
