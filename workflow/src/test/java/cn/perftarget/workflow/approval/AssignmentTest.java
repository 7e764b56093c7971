package cn.perftarget.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.ConflictException;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import org.junit.jupiter.api.Test;

/** 认领, 取消认领, 转办. */
class AssignmentTest extends WorkflowTestSupport {

    @Test
    void claimMakesTheTaskTheReviewersAndUnclaimGivesItBack() {
        AppUser bumen = user("bumen");
        AppUser bumen2 = user("bumen2");
        long id = submitted(user("bianzhi"));
        String review = taskId(id);

        ActionResult claimed = approvals.claim(bumen, review);
        assertThat(claimed.fromStatus()).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(claimed.toStatus()).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(task(id).getAssignee()).isEqualTo("bumen");
        AuditEntry claim = lastAudit(id);
        assertThat(claim.action()).isEqualTo(AuditAction.CLAIM);
        assertThat(claim.actor()).isEqualTo("bumen");
        assertThat(claim.fromState()).isNull();
        assertThat(claim.toState()).isNull();

        assertThatThrownBy(() -> approvals.claim(bumen2, review))
                .isInstanceOf(ConflictException.class)
                .hasMessage("该任务已被他人认领");
        assertThatThrownBy(() -> approvals.pass(bumen2, review, null))
                .isInstanceOf(ConflictException.class)
                .hasMessage("该任务已被他人认领");
        assertThatThrownBy(() -> approvals.unclaim(bumen2, review))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("只有认领人可以取消认领");

        approvals.unclaim(bumen, review);
        assertThat(task(id).getAssignee()).isNull();
        assertThat(lastAudit(id).action()).isEqualTo(AuditAction.UNCLAIM);

        approvals.claim(bumen2, review);
        approvals.pass(bumen2, review, null);
        assertThat(status(id)).isEqualTo(TableStatus.FISCAL_REVIEW);
        assertThat(actions(id))
                .containsExactly(
                        AuditAction.CREATE,
                        AuditAction.SUBMIT,
                        AuditAction.CLAIM,
                        AuditAction.UNCLAIM,
                        AuditAction.CLAIM,
                        AuditAction.PASS);
    }

    @Test
    void transferHandsTheTaskToAColleagueOfTheSameOrganisation() {
        AppUser bumen = user("bumen");
        long id = submitted(user("bianzhi"));
        String review = taskId(id);
        approvals.claim(bumen, review);

        assertThatThrownBy(() -> approvals.transfer(bumen, review, "caizheng", null))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("本单位");
        // a reviewer of the same department who works in a unit is another organisation
        assertThatThrownBy(() -> approvals.transfer(bumen, review, "shuangzhi", null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> approvals.transfer(bumen, review, "nobody", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> approvals.transfer(bumen, review, "bumen", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> approvals.transfer(user("bumen2"), review, "bumenlead", null))
                .isInstanceOf(ConflictException.class);
        assertThat(task(id).getAssignee()).isEqualTo("bumen");

        ActionResult transferred = approvals.transfer(bumen, review, "bumen2", "出差，请代为审核");
        assertThat(transferred.action()).isEqualTo(AuditAction.TRANSFER);
        assertThat(task(id).getAssignee()).isEqualTo("bumen2");
        assertThat(lastAudit(id).comment()).isEqualTo("转办给郑审核（bumen2）：出差，请代为审核");
        assertThatThrownBy(() -> approvals.pass(bumen, review, null)).isInstanceOf(ConflictException.class);
        approvals.returnToUnit(user("bumen2"), review, "请补充依据");
        assertThat(status(id)).isEqualTo(TableStatus.DRAFTING);
    }

    @Test
    void onlyReviewTasksAreClaimed() {
        AppUser drafter = user("bianzhi");
        long id = submitted(drafter);
        approvals.returnToUnit(user("bumen"), taskId(id), "请修改");
        assertThatThrownBy(() -> approvals.claim(drafter, taskId(id)))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageStartingWith("只有审核任务可以认领");
    }
}
