package cn.perftarget.bench;

import cn.perftarget.bench.data.RoundStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything one benchmark run measured; written as JSON and as markdown. */
final class BenchReport {

    /** Where and how the run took place. */
    record Environment(
            String startedAt,
            int cores,
            String java,
            String os,
            String postgres,
            String synchronousCommit,
            String fsync,
            long maxHeapMib,
            String organisation,
            List<Integer> scales) {}

    /** The data at one scale: how it was generated and what the database holds. */
    record Scale(
            int tables,
            int added,
            double writeSeconds,
            double engineSeconds,
            double rowSeconds,
            double vacuumAnalyzeSeconds,
            double tablesPerSecond,
            Map<RoundStep, Long> plannedPerStep,
            Map<RoundStep, Long> consistentPerStep,
            long brokenAuditHeads,
            long databaseMib,
            long peakHeapGenerationMib,
            long peakHeapInboxMib,
            List<InboxBenchmark.Result> inbox) {}

    /** A target of issue 7 with the measured figure. */
    record Target(String target, String measured, boolean met) {}

    /** Fields left null: not measured in this run (not yet, or skipped by an option). */
    @Nullable
    Environment environment;

    double contextStartSeconds;
    long peakHeapContextStartMib;
    final List<Scale> scales = new ArrayList<>();
    List<InboxBenchmark.StatementCount> inboxStatements = List.of();
    ApprovalThroughputBenchmark.@Nullable Result approval;
    /** SQL of one approval step per side, for the appendix (not in the JSON). */
    Map<String, List<String>> approvalStatements = Map.of();

    /** The API benchmark (option api): {@code /api/v1} over HTTP against the services directly. */
    ApiThroughputBenchmark.@Nullable Result api;
    /** Where the API's time goes (option api). */
    ApiOverheadProfile.@Nullable Result apiProfile;

    /** The deadline-day load (option deadline, issue 18). */
    cn.perftarget.bench.deadline.DeadlineDayBenchmark.@Nullable Result deadline;

    int approvalAtTables;
    long peakHeapApprovalMib;
    DatabaseLimitBenchmark.@Nullable Result databaseLimit;
    BrowserInboxBenchmark.@Nullable Result browser;
    int browserAtTables;
    /** Why the browser measurement was skipped; null when it ran. */
    @Nullable
    String browserSkipped;

    List<StartupBenchmark.Start> startups = List.of();
    long liveHeapAtEndMib;
    long peakHeapWholeRunMib;
    final List<Target> targets = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    /** 总览 (issue 17) per scale: each persona's overview read times. */
    final Map<Integer, List<OverviewBenchmark.Result>> overview = new java.util.TreeMap<>();

    Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("environment", environment);
        json.put("contextStartSeconds", contextStartSeconds);
        json.put("scales", scales);
        json.put("inboxStatements", inboxStatements);
        json.put("overview", overview);
        if (deadline != null) {
            json.put("deadline", deadline);
        }
        if (api != null) {
            json.put("api", api);
            json.put("apiProfile", apiProfile);
        }
        if (approval != null) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("atTables", approvalAtTables);
            a.put("ours", approval.ours());
            a.put("bare", approval.bare());
            a.put("oursAsShareOfBare", Samples.round(approval.ratio()));
            a.put("peakHeapMib", peakHeapApprovalMib);
            json.put("approvalThroughput", a);
        }
        if (databaseLimit != null) {
            Map<String, Object> d = new LinkedHashMap<>(Map.of("insertLimit", databaseLimit));
            if (approval != null) {
                d.put("ourStepsPerSecond", Samples.round(approval.ours().stepsPerSecond()));
                d.put(
                        "ourStepsAsShareOfInserts",
                        Samples.round(approval.ours().stepsPerSecond() / databaseLimit.insertsPerSecond()));
                d.put("bareStepsPerSecond", Samples.round(approval.bare().stepsPerSecond()));
                d.put(
                        "bareStepsAsShareOfInserts",
                        Samples.round(approval.bare().stepsPerSecond() / databaseLimit.insertsPerSecond()));
            }
            json.put("databaseLimit", d);
        }
        Map<String, Object> heap = new LinkedHashMap<>();
        heap.put("maxMib", environment == null ? null : environment.maxHeapMib());
        heap.put("peakContextStartMib", peakHeapContextStartMib);
        heap.put("peakWholeRunMib", peakHeapWholeRunMib);
        heap.put("liveAfterGcAtEndMib", liveHeapAtEndMib);
        json.put("heap", heap);
        json.put("startup", startups);
        json.put(
                "browser",
                browser == null
                        ? Map.of("skipped", String.valueOf(browserSkipped))
                        : Map.of("atTables", browserAtTables, "result", browser));
        json.put("targets", targets);
        json.put("notes", notes);
        return json;
    }
}
