package cn.perftarget.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.db.AsOwner;
import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.access.UserGroups;
import cn.perftarget.workflow.support.TestOrganisation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A measurement by hand, not part of the build: a fiscal section with as many waiting tasks as at 1,000,000 tables
 * (about 12,000), written into Camunda's tables and ours by SQL (the triggers fill {@code open_task}), and the
 * inbox's pages of the benchmark's variants timed both ways — from the projection and the exact way. Run with
 * {@code -Dinbox.scale=12000} (the section's tasks; three times as many wait for other groups).
 */
@EnabledIfSystemProperty(named = "inbox.scale", matches = "\\d+")
@TestPropertySource(properties = "perftarget.test.own-context=InboxAtScaleTest")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InboxAtScaleTest extends WorkflowTestSupport {

    @Autowired
    private UserGroups groups;

    @Autowired
    private EmbeddedDatabase db;

    @Test
    void measure() {
        int n = Integer.getInteger("inbox.scale");
        TestOrganisation org = newOrganisation();
        AppUser fiscal = org.fiscal;
        String group = groups.of(fiscal).get(0);
        long started = System.nanoTime();
        for (int part = 0; part < 4; part++) {
            fill(org, part == 0 ? group : "other-group-" + part, part * n, n);
        }
        AsOwner.inTransaction(db, owner -> owner.execute("analyze"));
        System.out.printf(Locale.ROOT, "filled %d tasks in %.1f s%n", 4 * n, (System.nanoTime() - started) / 1e9);
        assertThat(inbox.counts(fiscal, InboxFilter.NONE).claimable()).isEqualTo(InboxCounts.CAP + 1);

        PageRequest byDue = PageRequest.first(50, SortKey.DUE_DATE, false);
        InboxFilter yearAndStatus = InboxFilter.NONE.withFiscalYear(2026).withStatus(TableStatus.FISCAL_REVIEW);
        Map<String, Page> variants = new LinkedHashMap<>();
        variants.put("first page", new Page(InboxFilter.NONE, byDue));
        variants.put("page 5", new Page(InboxFilter.NONE, new PageRequest(200, 50, SortKey.DUE_DATE, false)));
        variants.put("by 预算数", new Page(InboxFilter.NONE, PageRequest.first(50, SortKey.BUDGET, true)));
        variants.put("by 项目名称", new Page(InboxFilter.NONE, PageRequest.first(50, SortKey.PROJECT_NAME, false)));
        variants.put("by 提交时间", new Page(InboxFilter.NONE, PageRequest.first(50, SortKey.SUBMITTED_AT, true)));
        variants.put("年度 + 状态", new Page(yearAndStatus, byDue));
        variants.put("年度 + 状态, page 3 by 预算数", new Page(yearAndStatus, new PageRequest(100, 50, SortKey.BUDGET, true)));
        variants.put("逾期", new Page(InboxFilter.NONE.withOverdue(true), byDue));
        variants.put("text", new Page(InboxFilter.NONE.withText("目7"), byDue));

        System.out.println("| variant | projection p50 | p95 | exact p50 | p95 | rows |");
        System.out.println("|---|---|---|---|---|---|");
        for (Map.Entry<String, Page> v : variants.entrySet()) {
            Page p = v.getValue();
            List<InboxRow> projected = inbox.rows(fiscal, InboxTab.OPEN, p.filter(), p.page());
            assertThat(projected).isEqualTo(inbox.exactRows(fiscal, InboxTab.OPEN, p.filter(), p.page()));
            double[] fast = time(() -> inbox.rows(fiscal, InboxTab.OPEN, p.filter(), p.page()));
            double[] exact = time(() -> inbox.exactRows(fiscal, InboxTab.OPEN, p.filter(), p.page()));
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %.1f | %d |%n",
                    v.getKey(),
                    fast[0],
                    fast[1],
                    exact[0],
                    exact[1],
                    projected.size());
        }
        double[] counts = time(() -> inbox.counts(fiscal, yearAndStatus));
        double[] exactCounts = time(() -> inbox.exactCounts(fiscal, yearAndStatus));
        System.out.printf(
                Locale.ROOT,
                "| counts, 年度 + 状态 | %.1f | %.1f | %.1f | %.1f | |%n",
                counts[0],
                counts[1],
                exactCounts[0],
                exactCounts[1]);
    }

    private record Page(InboxFilter filter, PageRequest page) {}

    /** {@code count} tables at the fiscal review, each with a process instance and a task of the group. */
    private void fill(TestOrganisation org, String group, int from, int count) {
        String ids = "from generate_series(" + (from + 1) + ", " + (from + count) + ") i";
        jdbc.update("insert into act_ru_execution (id_, rev_, proc_inst_id_, is_active_, is_concurrent_, is_scope_,"
                + " is_event_scope_, suspension_state_) select 'sp-' || i, 1, 'sp-' || i, true, false, true, false, 1 "
                + ids);
        jdbc.update(
                "insert into target_table (unit_id, fiscal_year, project_code, project_name, budget, status, content,"
                        + " submitted_at, process_instance_id)"
                        + " select case when i % 2 = 0 then ? else ? end, case when i % 10 < 6 then 2026 else 2025 end,"
                        + " 'SC' || lpad(i::text, 10, '0'), '项目' || ((i * 7919) % 100000),"
                        + " case when i % 50 = 0 then null else ((i::bigint * 104729) % 10000000) / 100.0 end,"
                        + " case when i % 20 < 17 then 'FISCAL_REVIEW' else 'DEPT_REVIEW' end, '{}'::jsonb,"
                        + " now() - i * interval '1 minute', 'sp-' || i "
                        + ids,
                org.unit1.id(),
                org.unit2.id());
        jdbc.update(
                "insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, task_def_key_, create_time_,"
                        + " due_date_, suspension_state_, priority_) select 'st-' || i, 1, 'sp-' || i, 'sp-' || i, ?,"
                        + " now() - i * interval '1 minute', date_trunc('day', now()) + (i % 60 - 5) * interval '1 day',"
                        + " 1, 50 " + ids,
                TargetApprovalProcess.FISCAL_REVIEW);
        jdbc.update(
                "insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)"
                        + " select 'sl-' || i, 1, ?, 'candidate', 'st-' || i " + ids,
                group);
    }

    /** p50 and p95 in ms of 40 calls after 10 warm-ups. */
    private static double[] time(Supplier<?> call) {
        for (int i = 0; i < 10; i++) {
            call.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long t0 = System.nanoTime();
            call.get();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new double[] {sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1]};
    }
}
