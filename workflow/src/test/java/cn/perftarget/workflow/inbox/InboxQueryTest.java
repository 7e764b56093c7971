package cn.perftarget.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.process.ProcessStep;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.StatementCounter;
import cn.perftarget.workflow.support.TestOrganisation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The inbox: tabs, filters, sorting, paging and counts, each page in a fixed number of statements. */
class InboxQueryTest extends WorkflowTestSupport {

    /** Seed 004 tables of unit 442001 without ERROR findings, all of different names and 预算数. */
    private static final int[] CLEAN = {0, 3, 4, 5, 6, 7, 8, 9};

    @Test
    void tabsFiltersSortingPagingAndCounts() {
        Region r = region();
        AppUser reviewer = r.org.reviewer1;
        // reviewer1 claims two tables of unit 1 and passes one of them
        approvals.claim(reviewer, taskId(r.unit1.get(0)));
        approvals.claim(reviewer, taskId(r.unit1.get(1)));
        approvals.pass(reviewer, taskId(r.unit1.get(1)), "同意");

        InboxCounts counts = inbox.counts(reviewer, InboxFilter.NONE);
        assertThat(counts).isEqualTo(new InboxCounts(1, 6, 1));
        assertThat(inbox.counts(r.org.reviewer2, InboxFilter.NONE)).isEqualTo(new InboxCounts(0, 6, 0));

        InboxPage mine = inbox.page(reviewer, InboxTab.MINE, InboxFilter.NONE, page(10, SortKey.DUE_DATE));
        assertThat(mine.rows()).singleElement().satisfies(row -> {
            assertThat(row.tableId()).isEqualTo(r.unit1.get(0));
            assertThat(row.assignee()).isEqualTo(reviewer.username());
            assertThat(row.taskKey()).isEqualTo(TargetApprovalProcess.DEPARTMENT_REVIEW);
            assertThat(row.step()).contains(ProcessStep.DEPARTMENT_REVIEW);
            assertThat(row.status()).isEqualTo(TableStatus.DEPT_REVIEW);
            assertThat(row.unitCode()).isEqualTo(r.org.unit1.code());
            assertThat(row.departmentCode()).isEqualTo(r.org.department.code());
            assertThat(row.fiscalYear()).isEqualTo(2020);
            assertThat(row.projectName())
                    .isEqualTo(table(row.tableId()).content().projectName());
            assertThat(row.projectCode())
                    .isEqualTo(table(row.tableId()).content().projectCode());
            assertThat(row.budget())
                    .isEqualByComparingTo(
                            table(row.tableId()).content().budget().amount().orElseThrow());
            assertThat(row.submittedAt()).isNotNull();
            assertThat(row.dueDate()).isAfter(row.submittedAt());
            assertThat(row.overdue()).isFalse();
            assertThat(row.completedAt()).isNull();
        });

        // 全部待办: the claimed task and the six to claim in one list; the colleague's claim is in neither
        InboxPage open = inbox.page(reviewer, InboxTab.OPEN, InboxFilter.NONE, page(10, SortKey.DUE_DATE));
        assertThat(open.counts().of(InboxTab.OPEN)).isEqualTo(7);
        assertThat(open.rows())
                .hasSize(7)
                .extracting(InboxRow::tableId)
                .contains(r.unit1.get(0))
                .doesNotContain(r.unit1.get(1));
        assertThat(open.rows())
                .filteredOn(row -> row.assignee() != null)
                .extracting(InboxRow::tableId)
                .containsExactly(r.unit1.get(0));
        approvals.claim(r.org.reviewer2, taskId(r.unit2.get(0)));
        assertThat(inbox.page(reviewer, InboxTab.OPEN, InboxFilter.NONE, page(10, SortKey.DUE_DATE))
                        .rows())
                .hasSize(6)
                .extracting(InboxRow::tableId)
                .doesNotContain(r.unit2.get(0));
        approvals.unclaim(r.org.reviewer2, taskId(r.unit2.get(0)));

        InboxPage done = inbox.page(reviewer, InboxTab.DONE, InboxFilter.NONE, page(10, SortKey.RECEIVED));
        assertThat(done.rows()).singleElement().satisfies(row -> {
            assertThat(row.tableId()).isEqualTo(r.unit1.get(1));
            assertThat(row.step()).contains(ProcessStep.DEPARTMENT_REVIEW);
            assertThat(row.status()).isEqualTo(TableStatus.FISCAL_REVIEW);
            assertThat(row.completedAt()).isNotNull();
        });

        // filters
        assertThat(inbox.counts(reviewer, InboxFilter.NONE.withUnit(r.org.unit2.code()))
                        .claimable())
                .isEqualTo(3);
        assertThat(inbox.counts(reviewer, InboxFilter.NONE.withDepartment(r.org.department.code()))
                        .claimable())
                .isEqualTo(6);
        assertThat(inbox.counts(reviewer, InboxFilter.NONE.withDepartment("442")))
                .isEqualTo(new InboxCounts(0, 0, 0));
        assertThat(inbox.counts(reviewer, InboxFilter.NONE.withFiscalYear(2021)))
                .isEqualTo(new InboxCounts(0, 0, 0));
        assertThat(inbox.counts(reviewer, InboxFilter.NONE.withFiscalYear(2020)))
                .isEqualTo(counts);
        assertThat(inbox.counts(reviewer, InboxFilter.NONE.withStatus(TableStatus.FISCAL_REVIEW)))
                .isEqualTo(new InboxCounts(0, 0, 1));
        assertThat(inbox.counts(reviewer, InboxFilter.NONE.withOverdue(true))).isEqualTo(new InboxCounts(0, 0, 0));
        assertThat(inbox.counts(reviewer, InboxFilter.NONE.withOverdue(false))).isEqualTo(counts);
        TargetTable some = table(r.unit2.get(2)).content();
        InboxPage byName = inbox.page(
                reviewer,
                InboxTab.CLAIMABLE,
                InboxFilter.NONE.withText(some.projectName().substring(0, 4)),
                page(10, SortKey.PROJECT_NAME));
        assertThat(byName.rows()).extracting(InboxRow::tableId).contains(r.unit2.get(2));
        assertThat(inbox.page(
                                reviewer,
                                InboxTab.CLAIMABLE,
                                InboxFilter.NONE.withText(some.projectCode()),
                                page(10, SortKey.PROJECT_NAME))
                        .rows())
                .extracting(InboxRow::tableId)
                .containsExactly(r.unit2.get(2));
        assertThat(inbox.counts(reviewer, InboxFilter.NONE.withText("%")).claimable())
                .isZero();

        // sorting
        List<InboxRow> byBudget = inbox.page(reviewer, InboxTab.CLAIMABLE, InboxFilter.NONE, page(10, SortKey.BUDGET))
                .rows();
        assertThat(byBudget)
                .hasSize(6)
                .extracting(InboxRow::budget)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()));
        List<InboxRow> byBudgetDesc = inbox.page(
                        reviewer, InboxTab.CLAIMABLE, InboxFilter.NONE, new PageRequest(0, 10, SortKey.BUDGET, true))
                .rows();
        assertThat(byBudgetDesc)
                .extracting(InboxRow::budget)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
        assertThat(byBudgetDesc)
                .extracting(InboxRow::tableId)
                .containsExactlyInAnyOrderElementsOf(
                        byBudget.stream().map(InboxRow::tableId).toList());
        assertThat(inbox.page(reviewer, InboxTab.CLAIMABLE, InboxFilter.NONE, page(10, SortKey.PROJECT_CODE))
                        .rows())
                .extracting(InboxRow::projectCode)
                .isSorted();

        // paging
        InboxPage first = inbox.page(
                reviewer, InboxTab.CLAIMABLE, InboxFilter.NONE, new PageRequest(0, 4, SortKey.SUBMITTED_AT, false));
        InboxPage second = inbox.page(
                reviewer, InboxTab.CLAIMABLE, InboxFilter.NONE, new PageRequest(4, 4, SortKey.SUBMITTED_AT, false));
        assertThat(first.rows()).hasSize(4);
        assertThat(second.rows()).hasSize(2);
        assertThat(first.total()).isEqualTo(6);
        Set<Long> all = new HashSet<>();
        first.rows().forEach(row -> all.add(row.tableId()));
        second.rows().forEach(row -> all.add(row.tableId()));
        assertThat(all).hasSize(6).doesNotContain(r.unit1.get(0), r.unit1.get(1));
    }

    @Test
    void aPageCostsTheSameFewStatementsWhateverItsSize() {
        Region r = region();
        approvals.claim(r.org.reviewer1, taskId(r.unit1.get(0)));
        approvals.pass(r.org.reviewer1, taskId(r.unit1.get(0)), null);
        approvals.claim(r.org.reviewer1, taskId(r.unit1.get(1)));
        for (InboxTab tab : InboxTab.values()) {
            List<Integer> counts = new ArrayList<>();
            for (int size : new int[] {1, 3, 8}) {
                StatementCounter.Counted<InboxPage> counted = StatementCounter.count(() -> inbox.page(
                        r.org.reviewer1, tab, InboxFilter.NONE.withFiscalYear(2020), page(size, SortKey.DUE_DATE)));
                assertThat(counted.value().rows())
                        .hasSize((int) Math.min(size, counted.value().total()));
                counts.add(counted.count());
            }
            assertThat(counts).as(tab.name()).containsOnly(counts.get(0));
            // the user's groups, the counts of the tabs, the rows
            assertThat(counts.get(0)).as(tab.name()).isEqualTo(3);
        }
        // the claimable page held 6 rows and still cost the same
        assertThat(inbox.page(r.org.reviewer1, InboxTab.CLAIMABLE, InboxFilter.NONE, page(8, SortKey.DUE_DATE))
                        .rows())
                .hasSize(6);
    }

    /** A fresh region with five submitted tables in unit 1 and three in unit 2. */
    private Region region() {
        TestOrganisation org = newOrganisation();
        List<Long> unit1 = new ArrayList<>();
        List<Long> unit2 = new ArrayList<>();
        for (int i = 0; i < CLEAN.length; i++) {
            AppUser drafter = i < 5 ? org.drafter1 : org.drafter2;
            long id = create(drafter, SeedContent.qhd(CLEAN[i]));
            approvals.submit(drafter, id);
            (i < 5 ? unit1 : unit2).add(id);
        }
        return new Region(org, unit1, unit2);
    }

    private static PageRequest page(int size, SortKey sort) {
        return new PageRequest(0, size, sort, false);
    }

    private record Region(TestOrganisation org, List<Long> unit1, List<Long> unit2) {}
}
