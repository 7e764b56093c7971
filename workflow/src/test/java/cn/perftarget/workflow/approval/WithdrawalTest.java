package cn.perftarget.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.NotAllowedException;
import org.junit.jupiter.api.Test;

/** 撤回: by the drafter, until a reviewer has claimed the task. */
class WithdrawalTest extends WorkflowTestSupport {

    @Test
    void theDrafterWithdrawsAnUnclaimedDepartmentReviewAndResubmits() {
        AppUser drafter = user("bianzhi");
        long id = submitted(drafter);
        assertThatThrownBy(() -> approvals.withdraw(user("bumen"), id)).isInstanceOf(NotAllowedException.class);

        ActionResult withdrawn = approvals.withdraw(drafter, id);

        assertThat(withdrawn.fromStatus()).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(withdrawn.toStatus()).isEqualTo(TableStatus.DRAFTING);
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(TargetApprovalProcess.REVISE);
        assertThat(lastAudit(id).action()).isEqualTo(AuditAction.WITHDRAW);
        // the unit can edit again, and the resubmission goes to the department
        approvals.saveDraft(
                drafter,
                id,
                table(id).content().withGoals("1.撤回后修改的目标，完成率≥95%"),
                table(id).version());
        assertThat(approvals.submit(drafter, id).toStatus()).isEqualTo(TableStatus.DEPT_REVIEW);
    }

    @Test
    void aClaimedReviewCannotBeWithdrawn() {
        AppUser drafter = user("bianzhi");
        long id = submitted(drafter);
        approvals.claim(user("bumen"), taskId(id));

        assertThatThrownBy(() -> approvals.withdraw(drafter, id))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("审核人已认领该任务，不能撤回");

        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(task(id).getAssignee()).isEqualTo("bumen");
        assertThat(actions(id)).containsExactly(AuditAction.CREATE, AuditAction.SUBMIT, AuditAction.CLAIM);

        // once given back, it can be withdrawn again
        approvals.unclaim(user("bumen"), taskId(id));
        assertThat(approvals.withdraw(drafter, id).toStatus()).isEqualTo(TableStatus.DRAFTING);
    }

    @Test
    void aFiscalReviewCanBeWithdrawnTooAndComesBackThroughTheDepartment() {
        AppUser drafter = user("bianzhi");
        long id = atFiscalReview(drafter, user("bumen"));

        assertThat(approvals.withdraw(drafter, id).toStatus()).isEqualTo(TableStatus.DRAFTING);
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(TargetApprovalProcess.REVISE);

        assertThat(approvals.submit(drafter, id).toStatus()).isEqualTo(TableStatus.DEPT_REVIEW);
    }

    @Test
    void nothingToWithdrawWhileDrafting() {
        AppUser drafter = user("bianzhi");
        long id = create(drafter, cn.perftarget.workflow.support.SeedContent.clean());
        assertThatThrownBy(() -> approvals.withdraw(drafter, id)).isInstanceOf(NotAllowedException.class);
        assertThat(actions(id)).containsExactly(AuditAction.CREATE);
    }
}
