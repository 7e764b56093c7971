package cn.perftarget.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.InboxPage;
import cn.perftarget.workflow.inbox.InboxRow;
import cn.perftarget.workflow.inbox.InboxTab;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Nobody acts outside their scope; nobody reviews what they drafted or edited. */
class ScopeAndDutiesTest extends WorkflowTestSupport {

    private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_LIMIT, SortKey.RECEIVED, true);

    @Test
    void aReviewerOutsideTheScopeGetsNothingFromTheInboxAndIsRefusedOnEveryAction() {
        TestOrganisation elsewhere = newOrganisation();
        AppUser stranger = elsewhere.reviewer1;
        AppUser drafter = user("bianzhi");
        long id = submitted(drafter);
        String review = taskId(id);

        for (InboxTab tab : InboxTab.values()) {
            InboxPage page = inbox.page(stranger, tab, InboxFilter.NONE, ALL);
            assertThat(page.rows()).extracting(InboxRow::tableId).doesNotContain(id);
            assertThat(page.total()).as(tab.name()).isZero();
        }
        assertRefusedEverywhere(stranger, id, review);

        // the fiscal stage: a fiscal reviewer of another section is just as much a stranger
        approvals.pass(user("bumen"), review, null);
        String fiscalReview = taskId(id);
        for (InboxTab tab : InboxTab.values()) {
            assertThat(inbox.page(elsewhere.fiscal, tab, InboxFilter.NONE, ALL).rows())
                    .extracting(InboxRow::tableId)
                    .doesNotContain(id);
        }
        assertRefusedEverywhere(elsewhere.fiscal, id, fiscalReview);

        assertThat(status(id)).isEqualTo(TableStatus.FISCAL_REVIEW);
        assertThat(task(id).getAssignee()).isNull();
        assertThat(actions(id)).containsExactly(AuditAction.CREATE, AuditAction.SUBMIT, AuditAction.PASS);
    }

    @Test
    void aDrafterWhoAlsoReviewsDoesNotReviewTheirOwnTable() {
        AppUser shuangzhi = user("shuangzhi");
        assertThat(shuangzhi.roles()).contains(Role.DRAFTER, Role.DEPT_REVIEWER);
        long id = submitted(shuangzhi);
        String review = taskId(id);

        assertThat(claimable(shuangzhi)).doesNotContain(id);
        assertThat(claimable(user("bumen"))).contains(id);
        for (ThrowingCallable action : List.<ThrowingCallable>of(
                () -> approvals.claim(shuangzhi, review),
                () -> approvals.pass(shuangzhi, review, null),
                () -> approvals.returnToUnit(shuangzhi, review, "自己退回"),
                () -> approvals.transfer(shuangzhi, review, "bumen", null))) {
            assertThatThrownBy(action).isInstanceOf(NotAllowedException.class).hasMessageContaining("不相容职责分离");
        }
        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(actions(id)).containsExactly(AuditAction.CREATE, AuditAction.SUBMIT);

        approvals.pass(user("bumen"), review, null);
        assertThat(status(id)).isEqualTo(TableStatus.FISCAL_REVIEW);
    }

    @Test
    void whoeverEditedTheTableDoesNotReviewItEither() {
        AppUser bianzhi = user("bianzhi");
        AppUser shuangzhi = user("shuangzhi");
        long id = create(bianzhi, SeedContent.clean());
        approvals.saveDraft(
                shuangzhi,
                id,
                table(id).content().withGoals("1.卫双职修改的目标，完成率≥95%"),
                table(id).version());
        approvals.submit(bianzhi, id);

        assertThatThrownBy(() -> approvals.claim(shuangzhi, taskId(id)))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("编制或修改过");
        assertThat(claimable(shuangzhi)).doesNotContain(id);

        // a later round after approval starts afresh: the authors of the adjustment count, not those before
        approvals.pass(user("bumen"), taskId(id), null);
        approvals.grade(user("caizheng"), taskId(id), Grade.EXCELLENT, null, null);
        approvals.reopen(bianzhi, id, "调整目标");
        approvals.submit(bianzhi, id);
        approvals.claim(shuangzhi, taskId(id));
        assertThat(task(id).getAssignee()).isEqualTo("shuangzhi");
    }

    @Test
    void aTaskIsNotTransferredToSomeoneWhoDraftedTheTable() {
        TestOrganisation org = newOrganisation();
        AppUser author = users.save(
                "dual-a-" + org.unit1.code(),
                "双职甲",
                "{noop}unused",
                org.unit1.id(),
                Set.of(Role.DRAFTER, Role.DEPT_REVIEWER),
                false);
        AppUser colleague = users.save(
                "dual-b-" + org.unit1.code(),
                "双职乙",
                "{noop}unused",
                org.unit1.id(),
                Set.of(Role.DRAFTER, Role.DEPT_REVIEWER),
                false);
        long id = submitted(author);
        approvals.claim(colleague, taskId(id));

        assertThatThrownBy(() -> approvals.transfer(colleague, taskId(id), author.username(), null))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("编制或修改过");
        assertThat(task(id).getAssignee()).isEqualTo(colleague.username());
    }

    private void assertRefusedEverywhere(AppUser user, long tableId, String taskId) {
        List<ThrowingCallable> actions = List.of(
                () -> approvals.claim(user, taskId),
                () -> approvals.unclaim(user, taskId),
                () -> approvals.transfer(user, taskId, "bumen2", null),
                () -> approvals.pass(user, taskId, null),
                () -> approvals.returnToUnit(user, taskId, "退回"),
                () -> approvals.grade(user, taskId, Grade.EXCELLENT, null, null),
                () -> approvals.accept(user, taskId),
                () -> approvals.dispute(user, taskId, "异议"),
                () -> approvals.submit(user, tableId),
                () -> approvals.withdraw(user, tableId),
                () -> approvals.reopen(user, tableId, "调整"),
                () -> approvals.saveDraft(
                        user, tableId, SeedContent.clean(), table(tableId).version()),
                () -> reader.table(user, tableId),
                () -> reader.history(user, tableId));
        for (ThrowingCallable action : actions) {
            assertThatThrownBy(action).isInstanceOf(NotFoundException.class).hasMessageContaining("不存在或无权访问");
        }
    }

    private List<Long> claimable(AppUser user) {
        return inbox.page(user, InboxTab.CLAIMABLE, InboxFilter.NONE, ALL).rows().stream()
                .map(InboxRow::tableId)
                .toList();
    }
}
