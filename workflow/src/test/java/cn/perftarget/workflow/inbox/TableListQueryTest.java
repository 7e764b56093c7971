package cn.perftarget.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.process.ProcessStep;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A drafter's own tables with their status, and an auditor's read-only list of the region's tables. */
class TableListQueryTest extends WorkflowTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    TableListQuery lists;

    @Test
    void aDrafterListsTheUnitsTablesWithTheirStatus() {
        TestOrganisation org = newOrganisation();
        long drafting = create(org.drafter1, SeedContent.qhd(3));
        long submitted = submitted(org.drafter1);
        approvals.claim(org.reviewer1, taskId(submitted));
        long other = create(org.drafter2, SeedContent.qhd(4));

        TableListPage page = lists.page(org.drafter1, InboxFilter.NONE, PageRequest.first(50, SortKey.RECEIVED, true));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.rows()).extracting(TableListRow::tableId).containsExactlyInAnyOrder(drafting, submitted);
        TableListRow review = page.rows().stream()
                .filter(r -> r.tableId() == submitted)
                .findFirst()
                .orElseThrow();
        assertThat(review.status()).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(review.step()).contains(ProcessStep.DEPARTMENT_REVIEW);
        assertThat(review.assignee()).isEqualTo(org.reviewer1.username());
        assertThat(review.dueDate()).isNotNull();
        TableListRow draft = page.rows().stream()
                .filter(r -> r.tableId() == drafting)
                .findFirst()
                .orElseThrow();
        assertThat(draft.status()).isEqualTo(TableStatus.DRAFTING);
        assertThat(draft.step()).isEmpty();
        assertThat(lists.page(
                                org.drafter1,
                                InboxFilter.NONE.withStatus(TableStatus.DRAFTING),
                                PageRequest.first(50, SortKey.PROJECT_CODE, false))
                        .rows())
                .extracting(TableListRow::tableId)
                .containsExactly(drafting);
        assertThat(lists.page(org.drafter2, InboxFilter.NONE, PageRequest.first(50, SortKey.BUDGET, false))
                        .rows())
                .extracting(TableListRow::tableId)
                .containsExactly(other);
    }

    @Test
    void anAuditorListsTheWholeRegionAndChangesNothing() {
        TestOrganisation org = newOrganisation();
        AppUser auditor = users.save(
                "audit-" + org.region,
                "测试查阅",
                "{noop}unused",
                organisations.findById(org.department.parentId()).orElseThrow().id(),
                Set.of(Role.AUDITOR),
                false);
        long a = create(org.drafter1, SeedContent.qhd(3));
        long b = submitted(org.drafter2);

        TableListPage page = lists.page(auditor, InboxFilter.NONE, PageRequest.first(2, SortKey.RECEIVED, true));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.rows()).extracting(TableListRow::tableId).containsExactlyInAnyOrder(a, b);
        assertThat(lists.page(auditor, InboxFilter.NONE, new PageRequest(1, 1, SortKey.RECEIVED, true))
                        .rows())
                .hasSize(1);
        assertThat(lists.page(
                                auditor,
                                InboxFilter.NONE.withUnit(org.unit2.code()),
                                PageRequest.first(10, SortKey.RECEIVED, true))
                        .rows())
                .extracting(TableListRow::tableId)
                .containsExactly(b);
        assertThat(reader.table(auditor, b).id()).isEqualTo(b);
        assertThat(inbox.counts(auditor, InboxFilter.NONE)).isEqualTo(new InboxCounts(0, 0, 0));

        assertThatThrownBy(() -> approvals.submit(auditor, a)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> approvals.withdraw(auditor, b)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> approvals.claim(auditor, taskId(b))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> approvals.pass(auditor, taskId(b), null)).isInstanceOf(NotAllowedException.class);
        assertThat(status(a)).isEqualTo(TableStatus.DRAFTING);
        assertThat(status(b)).isEqualTo(TableStatus.DEPT_REVIEW);

        // the demo auditor of 秦皇岛经开区 sees that region's tables, not these
        assertThat(lists.page(
                                user("shenji"),
                                InboxFilter.NONE.withDepartment(org.department.code()),
                                PageRequest.first(10, SortKey.RECEIVED, true))
                        .total())
                .isZero();
        assertThat(lists.page(
                                user("shenji"),
                                InboxFilter.NONE.withDepartment("442"),
                                PageRequest.first(10, SortKey.RECEIVED, true))
                        .total())
                .isPositive();
    }
}
