package cn.perftarget.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The targets of issues 7, 16, 17 and 18, judged on the report's figures. */
final class Targets {

    static final double FIRST_PAGE_P95_MS = 50;
    static final double GROWTH_LIMIT = 2.0;
    /** Issue 18 (issue 7 asked for 70 %). */
    static final double APPROVAL_SHARE = 0.80;
    /** Issue 18: the inbox's first page at 1,000,000 tables, and its growth from the first scale. */
    static final double MILLION_P95_MS = 20;

    static final double MILLION_GROWTH_LIMIT = 1.5;

    /** Issue 17: every overview loads in under 200 ms. */
    static final double OVERVIEW_MS = 200;

    /** Issue 16: the API's review rate as a share of the services' own. */
    static final double API_SHARE = 0.80;

    private Targets() {}

    static void evaluate(BenchReport r) {
        if (r.scales.size() >= 2) {
            inbox(r, r.scales.get(0), r.scales.get(1), FIRST_PAGE_P95_MS, "<", GROWTH_LIMIT, "");
        }
        if (r.scales.size() >= 3 && r.scales.get(r.scales.size() - 1).tables() >= 1_000_000) {
            inbox(
                    r,
                    r.scales.get(0),
                    r.scales.get(r.scales.size() - 1),
                    MILLION_P95_MS,
                    "≤",
                    MILLION_GROWTH_LIMIT,
                    ", issue 18");
        }
        r.overview.forEach((tables, results) -> {
            for (OverviewBenchmark.Result o : results) {
                double slowest = Math.max(o.figures().p95(), o.coverage().p95());
                r.targets.add(new BenchReport.Target(
                        "overview p95 < " + (int) OVERVIEW_MS + " ms at " + tables + " tables (" + o.role()
                                + ", issue 17)",
                        "figures " + ms(o.figures().p95()) + ", coverage "
                                + ms(o.coverage().p95()),
                        slowest < OVERVIEW_MS));
            }
        });
        if (r.deadline != null) {
            deadline(r, r.deadline);
        }
        if (r.api != null) {
            r.targets.add(new BenchReport.Target(
                    "API review rate ≥ 80 % of the services directly (median of the rounds' ratios)",
                    String.format(
                            Locale.ROOT,
                            "%.2f / %.2f tables/s; ratio median %.0f %% (%.0f–%.0f %%)",
                            r.api.api().medianTablesPerSecond(),
                            r.api.direct().medianTablesPerSecond(),
                            r.api.medianRatio() * 100,
                            r.api.minRatio() * 100,
                            r.api.maxRatio() * 100),
                    r.api.medianRatio() >= API_SHARE));
        }
        if (r.approval != null) {
            r.targets.add(new BenchReport.Target(
                    "approval throughput ≥ 80 % of the bare engine (the whole run and each pair of rounds)",
                    String.format(
                            Locale.ROOT,
                            "%.1f / %.1f tables/s = %.0f %%; pairs of rounds %.0f–%.0f %%",
                            r.approval.ours().tablesPerSecond(),
                            r.approval.bare().tablesPerSecond(),
                            r.approval.ratio() * 100,
                            r.approval.minRoundRatio() * 100,
                            r.approval.maxRoundRatio() * 100),
                    r.approval.ratio() >= APPROVAL_SHARE && r.approval.minRoundRatio() >= APPROVAL_SHARE));
        }
        if (!r.inboxStatements.isEmpty()) {
            Map<String, Integer> bySize25 = new HashMap<>();
            boolean constant = true;
            StringBuilder measured = new StringBuilder();
            for (InboxBenchmark.StatementCount c : r.inboxStatements) {
                String key = c.role() + "/" + c.tab();
                if (c.pageSize() == 25) {
                    bySize25.put(key, c.statements());
                }
            }
            for (InboxBenchmark.StatementCount c : r.inboxStatements) {
                if (c.pageSize() != 25) {
                    Integer at25 = bySize25.get(c.role() + "/" + c.tab());
                    constant &= at25 != null && at25 == c.statements();
                }
            }
            List<Integer> distinct = r.inboxStatements.stream()
                    .map(InboxBenchmark.StatementCount::statements)
                    .distinct()
                    .sorted()
                    .toList();
            measured.append("statements per page: ").append(distinct).append(" for page sizes 25 and 100");
            r.targets.add(new BenchReport.Target(
                    "no statement count that grows with the page size", measured.toString(), constant));
        }
    }

    /** Issue 18: no errors, no lost update, status and engine agree, chains verify; p95 per action shown. */
    private static void deadline(BenchReport r, cn.perftarget.bench.deadline.DeadlineDayBenchmark.Result d) {
        r.targets.add(new BenchReport.Target(
                "deadline day: 0 errors (" + d.people() + " people, " + d.seconds() + " s)",
                d.errors() + " of " + d.calls() + " calls",
                d.errors() == 0));
        var c = d.check();
        r.targets.add(new BenchReport.Target(
                "deadline day: 0 lost updates; status and engine agree; audit chains verify",
                c.lostUpdates() + " lost of " + c.touched() + " tables; " + c.stateDisagreeing() + " disagreeing; "
                        + c.brokenChains() + " broken chains",
                c.lostUpdates() == 0
                        && c.stateDisagreeing() == 0
                        && c.brokenChains() == 0
                        && !Boolean.FALSE.equals(c.allChainsIntact())));
        StringBuilder p95 = new StringBuilder();
        for (var a : d.actions()) {
            p95.append(p95.isEmpty() ? "" : ", ")
                    .append(a.action())
                    .append(' ')
                    .append(ms(a.latency().p95()));
        }
        r.targets.add(new BenchReport.Target(
                "deadline day: p95 per action (shown; issue 18 sets no limit)", p95.toString(), true));
    }

    /**
     * Per role: the first page's p95 at {@code large} under {@code limitMs}, and its growth from {@code small} under
     * ({@code "<"}) or at most ({@code "≤"}) {@code growthLimit}.
     */
    private static void inbox(
            BenchReport r,
            BenchReport.Scale small,
            BenchReport.Scale large,
            double limitMs,
            String growthRelation,
            double growthLimit,
            String issue) {
        for (int i = 0; i < large.inbox().size(); i++) {
            InboxBenchmark.Result big = large.inbox().get(i);
            InboxBenchmark.Result little = small.inbox().get(i);
            r.targets.add(new BenchReport.Target(
                    "inbox first page p95 < " + (int) limitMs + " ms at " + large.tables() + " tables (" + big.role()
                            + issue + ")",
                    ms(big.firstPage().p95()),
                    big.firstPage().p95() < limitMs));
            double growth = big.firstPage().p95() / little.firstPage().p95();
            r.targets.add(new BenchReport.Target(
                    "p95 at " + large.tables() + " " + growthRelation + " "
                            + String.format(Locale.ROOT, "%.1f", growthLimit) + "× p95 at " + small.tables() + " ("
                            + big.role() + issue + ")",
                    ms(big.firstPage().p95()) + " / " + ms(little.firstPage().p95()) + " = "
                            + String.format(Locale.ROOT, "%.2f×", growth),
                    growthRelation.equals("<") ? growth < growthLimit : growth <= growthLimit));
        }
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.1f ms", v);
    }
}
