package cn.perftarget.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API against the services it calls (issue 16): rounds of prepared drafts taken through 提交 → 通过 → 优, once
 * through {@code /api/v1} over HTTP and once through the workflow services directly, in the same run, on the same
 * data and database. After a warm-up of each side, measured rounds of each side take turns, the side going first
 * alternating, so that whatever else the machine does hits both alike; the drafts of a round are created before its
 * clock starts. One thread, one table after the other, as a client that waits for each answer.
 */
final class ApiThroughputBenchmark {

    /** One side's figures: tables (whole reviews) per second per measured round, and ms per step. */
    record Side(
            String name,
            List<String> steps,
            int tables,
            List<Double> roundTablesPerSecond,
            double medianTablesPerSecond,
            double minTablesPerSecond,
            double maxTablesPerSecond,
            Map<String, Double> millisPerStep,
            long approved) {

        /** Calls (steps) per second at the median. */
        double callsPerSecond() {
            return medianTablesPerSecond * steps.size();
        }
    }

    /**
     * Both sides, and the API's rate as a share of the direct rate per pair of rounds (round k of the API over round
     * k of the services): its median and spread.
     */
    record Result(
            Side api,
            Side direct,
            List<Double> roundRatios,
            double medianRatio,
            double minRatio,
            double maxRatio,
            Map<String, Double> apiServerMillisPerStep,
            int warmup,
            int roundSize,
            int rounds,
            long backgroundTables) {}

    private final RoundTables tables;
    private int next;

    ApiThroughputBenchmark(RoundTables tables) {
        this.tables = tables;
    }

    Result run(
            HttpApiReviewRound api, ReviewRound direct, int warmup, int roundSize, int rounds, long backgroundTables) {
        for (int i = 0; i < warmup; i++) {
            whole(api, tables.create(next++));
            whole(direct, tables.create(next++));
        }
        api.resetServerTimes();
        int steps = ReviewRound.STEPS.size();
        long[] apiSteps = new long[steps];
        long[] directSteps = new long[steps];
        List<Double> apiRounds = new ArrayList<>();
        List<Double> directRounds = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            boolean apiFirst = r % 2 == 0;
            double first = round(apiFirst ? api : direct, roundSize, apiFirst ? apiSteps : directSteps);
            double second = round(apiFirst ? direct : api, roundSize, apiFirst ? directSteps : apiSteps);
            apiRounds.add(apiFirst ? first : second);
            directRounds.add(apiFirst ? second : first);
            BenchMain.progress(String.format(
                    java.util.Locale.ROOT,
                    "  round %d: API %.2f tables/s, services %.2f tables/s",
                    r + 1,
                    apiRounds.get(r),
                    directRounds.get(r)));
        }
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            ratios.add(Samples.round(apiRounds.get(r) / directRounds.get(r)));
        }
        int measured = roundSize * rounds;
        return new Result(
                side(api, measured, apiRounds, apiSteps),
                side(direct, measured, directRounds, directSteps),
                ratios,
                median(ratios),
                ratios.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                api.serverMillisPerStep(measured),
                warmup,
                roundSize,
                rounds,
                backgroundTables);
    }

    private static void whole(ReviewRound side, RoundTables.Draft draft) {
        for (int step = 0; step < ReviewRound.STEPS.size(); step++) {
            side.runStep(draft, step);
        }
    }

    /** Creates {@code size} drafts, then times them through every step; returns tables per second. */
    private double round(ReviewRound side, int size, long[] stepNanos) {
        List<RoundTables.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            drafts.add(tables.create(next++));
        }
        long t0 = System.nanoTime();
        for (RoundTables.Draft d : drafts) {
            for (int step = 0; step < stepNanos.length; step++) {
                long s0 = System.nanoTime();
                side.runStep(d, step);
                stepNanos[step] += System.nanoTime() - s0;
            }
        }
        return Samples.round(size / ((System.nanoTime() - t0) / 1e9));
    }

    private static Side side(ReviewRound side, int tables, List<Double> rounds, long[] stepNanos) {
        Map<String, Double> millis = new LinkedHashMap<>();
        for (int step = 0; step < stepNanos.length; step++) {
            millis.put(ReviewRound.STEPS.get(step), Samples.round(stepNanos[step] / 1e6 / tables));
        }
        return new Side(
                side.name(),
                ReviewRound.STEPS,
                tables,
                rounds,
                median(rounds),
                rounds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                rounds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                millis,
                side.approvedCount());
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return Samples.round(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }
}
