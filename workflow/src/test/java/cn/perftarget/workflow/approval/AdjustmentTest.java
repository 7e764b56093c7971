package cn.perftarget.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionKind;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import org.junit.jupiter.api.Test;

/** 调整: an approved table reopened, reviewed twice again, the approved version in force meanwhile. */
class AdjustmentTest extends WorkflowTestSupport {

    @Test
    void anAdjustmentGoesThroughBothReviewsWhileTheApprovedVersionStaysInForce() {
        AppUser drafter = user("bianzhi");
        long id = approved(drafter);
        Long inForce = table(id).approvedRevisionId();
        String firstRound = processInstance(id);

        assertThatThrownBy(() -> approvals.reopen(drafter, id, " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> approvals.reopen(user("bumen"), id, "调整")).isInstanceOf(NotAllowedException.class);
        ActionResult reopened = approvals.reopen(drafter, id, "预算调减，目标相应调整");
        assertThat(reopened.fromStatus()).isEqualTo(TableStatus.APPROVED);
        assertThat(reopened.toStatus()).isEqualTo(TableStatus.DRAFTING);
        StoredTable adjusting = table(id);
        assertThat(adjusting.adjusting()).isTrue();
        assertThat(adjusting.approvedRevisionId()).isEqualTo(inForce);

        TargetTable adjusted = adjusting.content().withGoals("1.调整后的目标：设备维修响应时间≤2小时");
        approvals.saveDraft(drafter, id, adjusted, adjusting.version());
        ActionResult submitted = approvals.submit(drafter, id);
        assertThat(submitted.toStatus()).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(revisions.findById(submitted.revisionId()).orElseThrow().kind())
                .isEqualTo(RevisionKind.ADJUSTMENT);
        String secondRound = processInstance(id);
        assertThat(secondRound).isNotEqualTo(firstRound);
        assertThat(runtimeService.getVariable(secondRound, ApprovalVariables.ADJUSTMENT))
                .isEqualTo(true);
        assertThat(runtimeService.getVariable(secondRound, ApprovalVariables.ADJUSTMENT_REASON))
                .isEqualTo("预算调减，目标相应调整");
        assertThat(reader.approvedVersion(drafter, id).orElseThrow().id()).isEqualTo(inForce);

        approvals.pass(user("bumen"), taskId(id), null);
        assertThat(table(id).approvedRevisionId()).isEqualTo(inForce);
        assertThat(reader.approvedVersion(user("shenji"), id)
                        .orElseThrow()
                        .snapshot()
                        .goals())
                .isNotEqualTo(adjusted.goals());

        approvals.grade(user("caizheng"), taskId(id), Grade.EXCELLENT, null, null);
        StoredTable done = table(id);
        assertThat(done.status()).isEqualTo(TableStatus.APPROVED);
        assertThat(done.adjusting()).isFalse();
        assertThat(done.approvedRevisionId()).isNotEqualTo(inForce);
        Revision newVersion = revisions.findById(done.approvedRevisionId()).orElseThrow();
        assertThat(newVersion.kind()).isEqualTo(RevisionKind.APPROVED);
        assertThat(newVersion.snapshot().goals()).isEqualTo(adjusted.goals());
        assertThat(actions(id))
                .containsSubsequence(
                        AuditAction.GRADE,
                        AuditAction.REOPEN,
                        AuditAction.EDIT,
                        AuditAction.SUBMIT,
                        AuditAction.PASS,
                        AuditAction.GRADE);
    }

    @Test
    void aRefusedAdjustmentLeavesTheApprovedVersionInForce() {
        AppUser drafter = user("bianzhi");
        long id = approved(drafter);
        StoredTable approved = table(id);
        approvals.reopen(drafter, id, "追加预算");
        approvals.saveDraft(
                drafter,
                id,
                table(id).content().withGoals("1.扩大服务范围，新增设备10台"),
                table(id).version());
        approvals.submit(drafter, id);
        approvals.pass(user("bumen"), taskId(id), null);

        ActionResult poor = approvals.grade(user("caizheng"), taskId(id), Grade.POOR, "调整理由不充分", null);

        assertThat(poor.toStatus()).isEqualTo(TableStatus.APPROVED);
        StoredTable after = table(id);
        assertThat(after.status()).isEqualTo(TableStatus.APPROVED);
        assertThat(after.adjusting()).isFalse();
        assertThat(after.approvedRevisionId()).isEqualTo(approved.approvedRevisionId());
        assertThat(after.content()).isEqualTo(approved.content());
    }

    private long approved(AppUser drafter) {
        long id = atFiscalReview(drafter, user("bumen"));
        approvals.grade(user("caizheng"), taskId(id), Grade.EXCELLENT, null, null);
        assertThat(status(id)).isEqualTo(TableStatus.APPROVED);
        return id;
    }
}
