package cn.perftarget.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.CandidateGroups;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.support.TestOrganisation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A reviewer with more tasks than the counts show: the tabs say "99+", every task is still there page by page, and
 * the first page read from the projection is the page the exact query gives, also when a task of the reviewer's group
 * belongs to a table outside their scope.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusyInboxTest extends WorkflowTestSupport {

    private static final int TABLES = InboxCounts.CAP + 2;

    private TestOrganisation org;
    private AppUser reviewer;
    private final List<Long> tableIds = new ArrayList<>();

    @BeforeAll
    void manyTablesWaitForTheDepartmentReview() {
        org = newOrganisation();
        reviewer = org.reviewer1;
        for (int i = 0; i < TABLES; i++) {
            tableIds.add(submitted(i % 2 == 0 ? org.drafter1 : org.drafter2));
        }
        // due dates spread out, so the order is the due dates' and not the arrival's
        for (int i = 0; i < TABLES; i++) {
            Instant due = Instant.now().plus(3, ChronoUnit.DAYS).plus((i * 37L) % TABLES, ChronoUnit.MINUTES);
            String task = taskId(tableIds.get(i));
            asTheService(() -> taskService.setDueDate(task, Date.from(due)));
        }
    }

    @Test
    void theCountsStopAt99PlusAndEveryTaskIsStillListed() {
        InboxCounts counts = inbox.counts(reviewer, InboxFilter.NONE);
        assertThat(counts.claimable()).isEqualTo(InboxCounts.CAP + 1);
        assertThat(counts.exact(InboxTab.CLAIMABLE)).isFalse();
        assertThat(counts.label(InboxTab.CLAIMABLE)).isEqualTo("99+");
        assertThat(counts.label(InboxTab.OPEN)).isEqualTo("99+");
        assertThat(counts.label(InboxTab.MINE)).isEqualTo("0");
        assertThat(counts.exact(InboxTab.MINE)).isTrue();
        // a filter that leaves few: exact again
        InboxCounts unit = inbox.counts(reviewer, InboxFilter.NONE.withText("不存在的项目"));
        assertThat(unit.exact(InboxTab.CLAIMABLE)).isTrue();
        assertThat(unit.claimable()).isZero();

        List<InboxRow> all = new ArrayList<>();
        for (int offset = 0; ; offset += 50) {
            List<InboxRow> page = inbox.rows(
                    reviewer,
                    InboxTab.CLAIMABLE,
                    InboxFilter.NONE,
                    new PageRequest(offset, 50, SortKey.DUE_DATE, false));
            all.addAll(page);
            if (page.size() < 50) {
                break;
            }
        }
        assertThat(all).extracting(InboxRow::tableId).containsExactlyInAnyOrderElementsOf(tableIds);
        assertThat(all).extracting(InboxRow::dueDate).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void theFirstPageIsTheExactOneEvenWithATaskOutsideTheScope() {
        for (InboxTab tab : List.of(InboxTab.OPEN, InboxTab.CLAIMABLE)) {
            for (SortKey sort : List.of(SortKey.DUE_DATE, SortKey.RECEIVED)) {
                for (boolean descending : List.of(false, true)) {
                    assertThat(ids(firstPage(tab, sort, descending, InboxFilter.NONE)))
                            .as(tab + " " + sort + " " + descending)
                            .containsExactlyElementsOf(ids(exactFirstPage(tab, sort, descending)));
                }
            }
        }

        // a table of another department offered to this reviewer's group, due before all others
        TestOrganisation other = newOrganisation();
        long foreign = submitted(other.drafter1);
        String foreignTask = taskId(foreign);
        asTheService(() ->
                taskService.addCandidateGroup(foreignTask, CandidateGroups.departmentReviewers(org.department.code())));
        asTheService(() -> taskService.setDueDate(foreignTask, Date.from(Instant.now())));
        try {
            List<InboxRow> page = firstPage(InboxTab.OPEN, SortKey.DUE_DATE, false, InboxFilter.NONE);
            assertThat(page).hasSize(50).extracting(InboxRow::tableId).doesNotContain(foreign);
            assertThat(ids(page))
                    .containsExactlyElementsOf(ids(exactFirstPage(InboxTab.OPEN, SortKey.DUE_DATE, false)));
            assertThat(page.get(0).dueDate()).isAfter(Instant.now().plus(2, ChronoUnit.DAYS));
        } finally {
            asTheService(() -> taskService.deleteCandidateGroup(
                    foreignTask, CandidateGroups.departmentReviewers(org.department.code())));
        }
    }

    @Test
    void theDoneTabsPresortedFirstPageIsTheExactOne() {
        List<Long> passed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = submitted(org.drafter1);
            approvals.pass(reviewer, taskId(id), null);
            passed.add(id);
        }
        for (SortKey sort : List.of(SortKey.RECEIVED, SortKey.DUE_DATE)) {
            for (boolean descending : List.of(true, false)) {
                List<InboxRow> page = firstPage(InboxTab.DONE, sort, descending, InboxFilter.NONE);
                assertThat(page).extracting(InboxRow::tableId).containsExactlyInAnyOrderElementsOf(passed);
                assertThat(ids(page))
                        .as(sort + " " + descending)
                        .containsExactlyElementsOf(ids(firstPage(InboxTab.DONE, sort, descending, exactPath())));
            }
        }
        assertThat(firstPage(InboxTab.DONE, SortKey.RECEIVED, true, InboxFilter.NONE))
                .extracting(InboxRow::completedAt)
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    private List<InboxRow> firstPage(InboxTab tab, SortKey sort, boolean descending, InboxFilter filter) {
        return inbox.page(reviewer, tab, filter, PageRequest.first(50, sort, descending))
                .rows();
    }

    private List<InboxRow> exactFirstPage(InboxTab tab, SortKey sort, boolean descending) {
        return inbox.exactRows(reviewer, tab, InboxFilter.NONE, PageRequest.first(50, sort, descending));
    }

    /** A filter every task passes that still takes the exact path (the presorted one is for no filter only). */
    private static InboxFilter exactPath() {
        return InboxFilter.NONE.withOverdue(false);
    }

    private static List<String> ids(List<InboxRow> rows) {
        Set<String> distinct = new HashSet<>();
        rows.forEach(r -> assertThat(distinct.add(r.taskId()))
                .as("listed twice: " + r.taskId())
                .isTrue());
        return rows.stream().map(InboxRow::taskId).toList();
    }
}
