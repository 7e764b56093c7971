package cn.perftarget.bench;

import cn.perftarget.bench.data.RoundStep;
import cn.perftarget.workflow.inbox.InboxTab;
import java.util.List;
import java.util.Locale;

/** The benchmark report as markdown: the targets first, then each measurement with how it was taken. */
final class MarkdownReport {

    private final StringBuilder md = new StringBuilder();

    static String of(BenchReport r) {
        return new MarkdownReport().write(r);
    }

    private String write(BenchReport r) {
        BenchReport.Environment e = r.environment;
        if (e == null) {
            throw new IllegalStateException("the run ended before it recorded its environment");
        }
        boolean kept = "on".equals(e.fsync());
        line(
                !r.scales.isEmpty()
                        ? r.api != null || r.deadline != null
                                ? "# Benchmark report, everything in one run (issues 7, 16, 17, 18)"
                                : "# Benchmark report (issue 7)"
                        : r.deadline != null
                                ? "# Deadline day benchmark report (issue 18)"
                                : r.api != null
                                        ? "# API benchmark report (issue 16)"
                                        : "# Approval throughput report (issue 18)");
        line("");
        line("Run " + e.startedAt() + " on " + e.cores() + " cores, " + e.java() + ", " + e.os() + "; " + e.postgres()
                + (kept ? " (embedded, a kept data folder as in production" : " (embedded, temporary")
                + "; synchronous_commit=" + e.synchronousCommit() + ", fsync=" + e.fsync()
                + "); heap max " + e.maxHeapMib() + " MiB. Organisation: " + e.organisation() + ".");
        line("All figures come from this one run; compare them with each other rather than with other machines.");
        line("");

        line("## Targets");
        line("");
        line("| target | measured | met |");
        line("|---|---|---|");
        for (BenchReport.Target t : r.targets) {
            line("| " + t.target() + " | " + t.measured() + " | " + (t.met() ? "yes" : "**no**") + " |");
        }
        line("");

        if (r.deadline != null) {
            DeadlineSection.write(r.deadline, this::line);
        }
        if (r.api != null) {
            api(r.api);
        }
        if (r.apiProfile != null) {
            apiProfile(r.apiProfile);
            DatabaseLimitBenchmark.Result d = r.databaseLimit;
            if (d != null) {
                line("One-row INSERTs, each committed, one connection, on this database (synchronous_commit="
                        + d.synchronousCommit() + ", fsync=" + d.fsync() + "): " + f(d.insertsPerSecond()) + " /s, "
                        + String.format(Locale.ROOT, "%.2f", 1000 / d.insertsPerSecond()) + " ms per commit.");
                line("");
            }
        }
        if (!r.scales.isEmpty()) {
            measurements(r, e);
        } else {
            approval(r);
        }
        line("## Notes");
        line("");
        for (String n : r.notes) {
            line("- " + n);
        }
        return md.toString();
    }

    private void api(ApiThroughputBenchmark.Result a) {
        line("## The API against the services (issue 16)");
        line("");
        line("Each table: 提交 by the unit's drafter, the department reviewer finds the task in 全部待办 by the project "
                + "code and passes it, the fiscal reviewer finds it and grades 优. Through `/api/v1` over real HTTP to "
                + "the app's server in this process (personal bearer tokens, a fresh `Idempotency-Key` on every POST, "
                + "the JSON parsed), and through `ApprovalService` and `InboxQuery` directly, on the same data and "
                + "database. " + a.warmup() + " tables of each side to warm up, then " + a.rounds() + " rounds of "
                + a.roundSize() + " tables per side, the sides taking turns (the first alternating); the drafts are "
                + "created before each round's clock starts. One thread. " + a.backgroundTables()
                + " generated tables beside them.");
        line("");
        line(
                "| | tables | tables/s per round | median tables/s | spread | calls/s (median) | ms per step | approved |");
        line("|---|---|---|---|---|---|---|---|");
        for (ApiThroughputBenchmark.Side side : List.of(a.api(), a.direct())) {
            line("| " + side.name() + " | " + side.tables() + " | " + side.roundTablesPerSecond() + " | "
                    + f(side.medianTablesPerSecond()) + " | " + f(side.minTablesPerSecond()) + "–"
                    + f(side.maxTablesPerSecond()) + " | " + f(side.callsPerSecond()) + " | " + side.millisPerStep()
                    + " | " + side.approved() + " |");
        }
        line("");
        line("Of the API's ms per step, spent inside the server (the outermost servlet filter on `/api/v1`: the filter "
                + "chains, Spring MVC, the service, JSON): " + a.apiServerMillisPerStep() + ", "
                + f(sum(a.apiServerMillisPerStep()))
                + " ms per table of the API's " + f(sum(a.api().millisPerStep())) + " (the services directly: "
                + f(sum(a.direct().millisPerStep())) + "); the rest is HTTP itself (the client, the connection, "
                + "Tomcat's threads).");
        line("");
        line("The API's rate as a share of the direct rate, per pair of rounds: " + a.roundRatios() + "; median **"
                + pct(a.medianRatio()) + "**, spread " + pct(a.minRatio()) + "–" + pct(a.maxRatio()) + " (target ≥ "
                + pct(Targets.API_SHARE) + ").");
        line("");
    }

    private void apiProfile(ApiOverheadProfile.Result p) {
        line("## Where the API's time goes");
        line("");
        line("Each part on its own, " + p.calls() + " times after a warm-up, the parts taking turns call by call "
                + "(ms; p50, p95, mean):");
        line("");
        line("| part | p50 | p95 | mean |");
        line("|---|---|---|---|");
        part("`GET /api/v1/tasks?q=<pro_code>` over HTTP", p.inboxOverHttp());
        part("the same `InboxQuery.page` directly", p.inboxDirectly());
        part("the bearer token's lookup (hash, query, the account read again)", p.tokenLookup());
        part(
                "an `Idempotency-Key`'s claim and its stored answer (here two transactions; in a call the answer commits with the action)",
                p.idempotencyClaimAndStore());
        part("认领 + 取消认领 over HTTP (two POSTs with keys)", p.claimUnclaimOverHttp());
        part("认领 + 取消认领 through `ApprovalService` directly", p.claimUnclaimDirectly());
        line("");
    }

    private static double sum(java.util.Map<String, Double> millis) {
        return millis.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private void part(String name, Samples.Summary s) {
        line("| " + name + " | " + f(s.p50()) + " | " + f(s.p95()) + " | " + f(s.mean()) + " |");
    }

    private void measurements(BenchReport r, BenchReport.Environment e) {
        if (!r.overview.isEmpty()) {
            line("## Overview (issue 17)");
            line("");
            line(
                    "`OverviewService.figures` (counters of the year and the year before, findings per rule, waiting times)"
                            + " and `coverage`, read as the overview screen reads them, per persona; target < 200 ms.");
            line("");
            line("| tables | who | year | figures p50 ms | figures p95 ms | coverage p95 ms |");
            line("|---|---|---|---|---|---|");
            r.overview.forEach((tables, results) -> results.forEach(o -> line("| " + tables + " | " + o.role() + " | "
                    + o.fiscalYear() + " | " + f(o.figures().p50()) + " | "
                    + f(o.figures().p95()) + " | "
                    + f(o.coverage().p95()) + " |")));
            line("");
        }
        line("## Data");
        line("");
        line("| tables | added | write s | tables/s | engine / our rows s | vacuum+analyze s | drafts | dept review "
                + "| fiscal review | returned | approved | taken over | consistent in DB | broken audit heads | DB MiB "
                + "| peak heap MiB |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (BenchReport.Scale s : r.scales) {
            line("| " + s.tables() + " | " + s.added() + " | " + f(s.writeSeconds()) + " | " + f(s.tablesPerSecond())
                    + " | " + f(s.engineSeconds()) + " / " + f(s.rowSeconds())
                    + " | " + f(s.vacuumAnalyzeSeconds()) + " | "
                    + s.plannedPerStep().get(RoundStep.DRAFT)
                    + " | " + s.plannedPerStep().get(RoundStep.DEPARTMENT_REVIEW)
                    + " | " + s.plannedPerStep().get(RoundStep.FISCAL_REVIEW)
                    + " | " + s.plannedPerStep().get(RoundStep.RETURNED)
                    + " | " + s.plannedPerStep().get(RoundStep.APPROVED)
                    + " | " + s.plannedPerStep().get(RoundStep.TAKEN_OVER)
                    + " | "
                    + s.consistentPerStep().values().stream()
                            .mapToLong(Long::longValue)
                            .sum()
                    + " | " + s.brokenAuditHeads() + " | " + s.databaseMib() + " | " + s.peakHeapGenerationMib()
                    + " |");
        }
        line("");
        line("(Steps are cumulative counts of the planned tables; \"consistent in DB\" counts the tables whose status, "
                + "engine task or ended instance and routing agree, read back from the database; engine and row "
                + "seconds are summed over the writer threads.)");
        line("");

        line("## Inbox latency (ms)");
        line("");
        line("First page = the counts of all tabs plus the first 50 rows of the tab the view opens, by due date, "
                + "through InboxQuery.page (what the inbox view asks for).");
        line("");
        line("| tables | role | user | opening tab | mine / claimable / done | first page p50 | p95 | p99 | counts p95 "
                + "| groups p95 | OPEN p95 | MINE p95 | CLAIMABLE p95 | DONE p95 |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (BenchReport.Scale s : r.scales) {
            for (InboxBenchmark.Result i : s.inbox()) {
                line("| " + s.tables() + " | " + i.role() + " | " + i.username() + " | " + i.openingTab()
                        + " | " + i.counts().mine() + " / " + i.counts().claimable() + " / "
                        + i.counts().done()
                        + " | " + f(i.firstPage().p50()) + " | "
                        + f(i.firstPage().p95()) + " | "
                        + f(i.firstPage().p99()) + " | " + f(i.countsOnly().p95()) + " | "
                        + f(i.groupsOnly().p95())
                        + " | " + tabP95(i, InboxTab.OPEN) + " | " + tabP95(i, InboxTab.MINE)
                        + " | " + tabP95(i, InboxTab.CLAIMABLE) + " | " + tabP95(i, InboxTab.DONE) + " |");
            }
        }
        line("");
        if (!r.scales.isEmpty()) {
            InboxBenchmark.Result any = r.scales.get(0).inbox().get(0);
            line("Samples per figure: first page " + any.firstPage().n() + ", the others "
                    + any.countsOnly().n() + ", after a warm-up.");
            line("");
        }

        line("### 全部待办 paged, sorted and filtered: p95 (ms)");
        line("");
        line("As a user pages, sorts and filters the grid (50 rows each): the fifth page by due date, sorted by a "
                + "table column, filtered by year and the user's step, overdue only, a word of a project name.");
        line("");
        StringBuilder head = new StringBuilder("| tables | role |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (InboxBenchmark.Variant v : InboxBenchmark.Variant.values()) {
            head.append(' ').append(v.label).append(" |");
            rule.append("---|");
        }
        line(head.toString());
        line(rule.toString());
        for (BenchReport.Scale s : r.scales) {
            for (InboxBenchmark.Result i : s.inbox()) {
                StringBuilder row = new StringBuilder("| " + s.tables() + " | " + i.role() + " |");
                for (InboxBenchmark.Variant v : InboxBenchmark.Variant.values()) {
                    Samples.Summary sum = i.variants().get(v);
                    row.append(' ').append(sum == null ? "–" : f(sum.p95())).append(" |");
                }
                line(row.toString());
            }
        }
        line("");

        line("## SQL statements of one inbox page");
        line("");
        line("| role | tab | page size | rows | statements |");
        line("|---|---|---|---|---|");
        for (InboxBenchmark.StatementCount c : r.inboxStatements) {
            line("| " + c.role() + " | " + c.tab() + " | " + c.pageSize() + " | " + c.rows() + " | " + c.statements()
                    + " |");
        }
        line("");

        approval(r);
        if (r.databaseLimit != null) {
            DatabaseLimitBenchmark.Result d = r.databaseLimit;
            line("## The database's own limit");
            line("");
            line(d.inserts() + " one-row INSERTs, each committed, one connection: **" + f(d.insertsPerSecond())
                    + " /s** (" + f(d.seconds()) + " s).");
            if (r.approval != null) {
                line("Our steps: " + f(r.approval.ours().stepsPerSecond()) + " /s = "
                        + pct(r.approval.ours().stepsPerSecond() / d.insertsPerSecond())
                        + " of that; the bare engine's steps: "
                        + f(r.approval.bare().stepsPerSecond()) + " /s = "
                        + pct(r.approval.bare().stepsPerSecond() / d.insertsPerSecond()) + ".");
            }
            line("");
        }

        line("## Start-up and heap");
        line("");
        line("| start | wall s (process start → \"Started\") | Spring context s | JVM uptime s |");
        line("|---|---|---|---|");
        for (StartupBenchmark.Start s : r.startups) {
            line("| " + s.kind() + " | " + f(s.wallSeconds()) + " | " + f(s.springSeconds()) + " | "
                    + f(s.jvmUptimeSeconds()) + " |");
        }
        line("");
        line("Bench context start (same app, in the harness JVM): " + f(r.contextStartSeconds) + " s.");
        line("Heap (harness JVM, the app and the generator in it): peak " + r.peakHeapWholeRunMib
                + " MiB over the run (context start " + r.peakHeapContextStartMib + ", approval benchmark "
                + r.peakHeapApprovalMib + "; per scale in the tables above), live after a full GC at the end "
                + r.liveHeapAtEndMib + " MiB, max " + e.maxHeapMib() + " MiB. Peaks are the sum of the heap "
                + "pools' peaks, an upper bound.");
        line("");

        line("## Inbox in the browser (issue 6)");
        line("");
        if (r.browser != null) {
            Samples.Summary b = r.browser.navigationToRows();
            line("At " + r.browserAtTables + " tables, " + r.browser.username() + ": navigation start → first row ("
                    + r.browser.firstRowCode() + ") in the grid, " + r.browser.navigations()
                    + " full page loads: p50 " + f(b.p50()) + " ms, max " + f(b.max()) + " ms.");
            line("");
            line("Where the time went, by the browser's own timing (Navigation and Resource Timing, read when the first"
                    + " row is there), ms from the navigation's start:");
            line("");
            line("| moment | p50 | max |");
            line("|---|---|---|");
            r.browser
                    .phases()
                    .forEach((key, summary) -> line("| " + BrowserInboxBenchmark.PHASES.get(key) + " | "
                            + f(summary.p50()) + " | " + f(summary.max()) + " |"));
        } else {
            line("Skipped: " + r.browserSkipped);
        }
        line("");
    }

    private void line(String s) {
        md.append(s).append('\n');
    }

    /** The p95 of a tab's first page; the benchmark measures every tab. */
    private static String tabP95(InboxBenchmark.Result i, InboxTab tab) {
        Samples.Summary s = i.tabFirstPages().get(tab);
        return s == null ? "–" : f(s.p95());
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private void approval(BenchReport r) {
        if (r.approval != null) {
            line("## Approval throughput at " + r.approvalAtTables + " tables");
            line("");
            line(
                    "| | steps | tables | seconds | tables/s | rounds (tables/s) | ms per step | of which CPU of this thread "
                            + "| statements per step |");
            line("|---|---|---|---|---|---|---|---|---|");
            for (ApprovalThroughputBenchmark.Side side : List.of(r.approval.ours(), r.approval.bare())) {
                line("| " + side.name() + " | " + String.join(" → ", side.steps()) + " | " + side.tables() + " | "
                        + f(side.seconds()) + " | " + f(side.tablesPerSecond()) + " | " + side.roundTablesPerSecond()
                        + " | " + side.millisPerStep() + " | " + side.cpuMillisPerStep() + " | "
                        + side.statementsPerStep() + " |");
            }
            line("");
            line("Ours as a share of the bare engine: **" + pct(r.approval.ratio()) + "** (each pair of rounds: "
                    + r.approval.roundRatios().stream().map(MarkdownReport::pct).toList() + "). One thread; rounds "
                    + "of each side alternate; each step is one transaction (ours with its audit entry). Before each of "
                    + "our rounds, outside its clock, the round's drafts are made through the service ("
                    + r.approval.ours().preparation() + ": "
                    + f(r.approval.ours().preparationMillis())
                    + " ms per table), as the bare side's start needs none. Statement counts include the task lookup "
                    + "by business key before pass and grade, on both sides.");
            line("");
        }
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, share < 0.1 ? "%.2f %%" : "%.0f %%", share * 100);
    }
}
