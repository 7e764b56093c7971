package cn.perftarget.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.db.AsOwner;
import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.access.UserGroups;
import cn.perftarget.workflow.support.TestOrganisation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A fiscal section with {@value #ROWS} waiting tasks, whose reviewer completed as many: its later pages, sorted by a
 * table column and filtered by year and status, read a bounded number of rows of {@code open_task} through the index
 * of the sort column, not every task of the section; the first page of 已办 and its count under the step filter read
 * {@code done_task} by index, not every task the reviewer completed ({@code explain analyze} of the statement the
 * inbox sends).
 * <p>
 * The rows are written into the projection directly (tasks without an engine task behind them: the page's check
 * finds them missing, which does not change the plan of the part measured here), so the class runs in a Spring
 * context of its own, on a database of its own, and the other tests never see them.
 */
@TestPropertySource(properties = "perftarget.test.own-context=InboxPlanTest")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxPlanTest extends WorkflowTestSupport {

    static final int ROWS = 5_000;

    /** A node of the plan that reads a projection: how, through which index, and how many rows it looked at. */
    private record Scan(String node, String index, String table, long rows, long removed, long loops) {

        long read() {
            return (rows + removed) * loops;
        }
    }

    private static final Pattern SCAN = Pattern.compile(
            "->\\s+(Index Scan Backward|Index Scan|Index Only Scan Backward|Index Only Scan|Seq Scan|Bitmap Heap Scan)"
                    + "(?: using (\\S+))? on (open_task|done_task) o(?:_\\d+)?\\b.*actual time=\\S+ rows=(\\d+) loops=(\\d+)");
    private static final Pattern REMOVED = Pattern.compile("Rows Removed by Filter: (\\d+)");

    @Autowired
    private UserGroups groups;

    @Autowired
    private EmbeddedDatabase db;

    private AppUser fiscal;

    @BeforeAll
    void aFiscalSectionWithManyWaitingTasks() {
        TestOrganisation org = newOrganisation();
        fiscal = org.fiscal;
        String group = groups.of(fiscal).get(0);
        // 60 % of the current year, 85 % at the fiscal review, 2 % without 预算数; spread over both units
        jdbc.update("""
                insert into open_task (task_id, kind, holder, process_instance_id, task_key, due_date, created,
                                       table_id, unit_id, fiscal_year, status, budget, project_code, project_name,
                                       submitted_at)
                select 'plan-' || i, 'C', ?, 'plan-pi-' || i, 'fiscalReview',
                       timestamp '2026-06-01' + (i % 97) * interval '1 day', timestamp '2026-05-01' + i * interval '1 minute',
                       1000000 + i, case when i % 2 = 0 then ? else ? end,
                       case when i % 10 < 6 then 2026 else 2024 + i % 2 end,
                       case when i % 20 < 17 then 'FISCAL_REVIEW' else 'DEPT_REVIEW' end,
                       case when i % 50 = 0 then null else ((i * 7919) % 100000) / 100.0 end,
                       'P' || lpad(i::text, 8, '0'), '项目' || ((i * 31) % 5000), now() - i * interval '1 minute'
                  from generate_series(1, ?) i""", group, org.unit1.id(), org.unit2.id(), ROWS);
        // and as many tasks the section's reviewer completed (已办), of tables now approved, in the same units
        jdbc.update("""
                insert into done_task (task_id, assignee, process_instance_id, task_key, due_date, started, completed,
                                       table_id, unit_id, fiscal_year, status, budget, project_code, project_name,
                                       submitted_at)
                select 'plan-done-' || i, ?, 'plan-done-pi-' || i, 'fiscalReview',
                       timestamp '2026-06-01' + (i % 97) * interval '1 day', timestamp '2026-05-01' + i * interval '1 minute',
                       timestamp '2026-05-02' + i * interval '1 minute', 2000000 + i,
                       case when i % 2 = 0 then ? else ? end, case when i % 10 < 6 then 2026 else 2025 end,
                       'APPROVED', ((i * 7919) % 100000) / 100.0, 'D' || lpad(i::text, 8, '0'),
                       '项目' || ((i * 31) % 5000), now() - i * interval '1 minute'
                  from generate_series(1, ?) i""", fiscal.username(), org.unit1.id(), org.unit2.id(), ROWS);
        // as autovacuum would (the owner's right: the application role may not analyze)
        AsOwner.inTransaction(db, owner -> owner.execute("analyze open_task, done_task"));
    }

    @Test
    void theFirstPageOfTheDoneTabReadsFiftyRowsThroughTheIndexOfCompletion() {
        List<String> plan = inbox.explainProjection(
                fiscal, InboxTab.DONE, InboxFilter.NONE, PageRequest.first(50, SortKey.RECEIVED, true));
        String text = String.join("\n", plan);
        assertThat(scans(plan)).as(text).singleElement().satisfies(s -> {
            assertThat(s.index()).isEqualTo("done_task_completed_idx");
            assertThat(s.read()).isEqualTo(50);
        });
    }

    @Test
    void theDoneCountUnderTheStepFilterFindsNoneWithoutReadingTheReviewersDoneTasks() {
        // the section's step: every one of the reviewer's 5,000 done tasks is of a table past it
        InboxFilter filter = InboxFilter.NONE.withFiscalYear(2026).withStatus(TableStatus.FISCAL_REVIEW);
        assertThat(inbox.counts(fiscal, filter).done()).isZero();
        List<String> plan = inbox.explainCounts(fiscal, filter);
        String text = String.join("\n", plan);
        List<Scan> done =
                scans(plan).stream().filter(s -> s.table().equals("done_task")).toList();
        assertThat(done).as(text).singleElement().satisfies(s -> {
            assertThat(s.index()).isEqualTo("done_task_status_idx");
            assertThat(s.read()).isZero();
        });
    }

    @Test
    void aLaterPageByBudgetFilteredByYearAndStatusReadsABoundedNumberOfRowsThroughTheBudgetIndex() {
        InboxFilter filter = InboxFilter.NONE.withFiscalYear(2026).withStatus(TableStatus.FISCAL_REVIEW);
        List<String> plan =
                inbox.explainProjection(fiscal, InboxTab.OPEN, filter, new PageRequest(100, 50, SortKey.BUDGET, true));
        String text = String.join("\n", plan);
        List<Scan> scans = scans(plan);
        // the group's rows with a 预算数 are read backwards through the 预算数 index, as far as the page needs
        assertThat(scans).as(text).anySatisfy(s -> {
            assertThat(s.node()).isEqualTo("Index Scan Backward");
            assertThat(s.index()).isEqualTo("open_task_budget_idx");
            assertThat(s.rows()).isEqualTo(150);
        });
        // no part of the statement reads the section's rows whole (those without 预算数 are few: an index range)
        assertThat(scans).as(text).noneSatisfy(s -> assertThat(s.node()).isEqualTo("Seq Scan"));
        // 150 rows are wanted (offset 100 + 50), about half the rows pass the filter: ~300 read, not 5,000
        long read = scans.stream().mapToLong(Scan::read).sum();
        assertThat(read).as(text).isLessThan(ROWS / 5);
    }

    @Test
    void theFifthPageByNameAndTheFifthByDueDateReadBoundedRangesOfTheirIndexes() {
        for (SortKey sort : List.of(SortKey.PROJECT_NAME, SortKey.DUE_DATE)) {
            List<String> plan = inbox.explainProjection(
                    fiscal, InboxTab.OPEN, InboxFilter.NONE, new PageRequest(200, 50, sort, false));
            String text = String.join("\n", plan);
            List<Scan> scans = scans(plan);
            assertThat(scans).as(text).noneSatisfy(s -> assertThat(s.node()).isEqualTo("Seq Scan"));
            assertThat(scans)
                    .as(text)
                    .extracting(Scan::index)
                    .contains(sort == SortKey.DUE_DATE ? "open_task_due_idx" : "open_task_name_idx");
            assertThat(scans.stream().mapToLong(Scan::read).sum()).as(text).isLessThanOrEqualTo(250 + 1);
        }
    }

    private static List<Scan> scans(List<String> plan) {
        List<Scan> scans = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Matcher m = SCAN.matcher(plan.get(i));
            if (!m.find()) {
                continue;
            }
            long removed = 0;
            for (int j = i + 1; j < plan.size() && !plan.get(j).contains("->"); j++) {
                Matcher r = REMOVED.matcher(plan.get(j));
                if (r.find()) {
                    removed = Long.parseLong(r.group(1));
                }
            }
            scans.add(new Scan(
                    m.group(1),
                    m.group(2) == null ? "" : m.group(2),
                    m.group(3),
                    Long.parseLong(m.group(4)),
                    removed,
                    Long.parseLong(m.group(5))));
        }
        assertThat(scans).as(String.join("\n", plan)).isNotEmpty();
        return scans;
    }
}
