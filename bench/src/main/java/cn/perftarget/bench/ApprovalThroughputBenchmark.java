package cn.perftarget.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * End-to-end approval throughput, ours against the bare engine on the same process, in the same run and on the same
 * data: after a warm-up of each, rounds of each side take turns (ours, bare, ours, bare …) so that whatever else the
 * machine does hits both alike. One thread, one table after the other. Also counts the SQL statements of each step
 * of one table.
 */
final class ApprovalThroughputBenchmark {

    /** One side's figures. */
    record Side(
            String name,
            List<String> steps,
            int tables,
            double seconds,
            double tablesPerSecond,
            List<Double> roundTablesPerSecond,
            Map<String, Double> millisPerStep,
            Map<String, Integer> statementsPerStep,
            long approved,
            @org.jspecify.annotations.Nullable String preparation,
            double preparationMillis,
            Map<String, Double> cpuMillisPerStep) {

        double stepsPerSecond() {
            return tablesPerSecond * steps.size();
        }
    }

    record Result(Side ours, Side bare) {

        /** Our throughput as a share of the bare engine's. */
        double ratio() {
            return ours.tablesPerSecond() / bare.tablesPerSecond();
        }

        /** Ours as a share of the bare engine's in each pair of rounds (ours, then bare). */
        List<Double> roundRatios() {
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < ours.roundTablesPerSecond().size(); r++) {
                ratios.add(Samples.round(ours.roundTablesPerSecond().get(r)
                        / bare.roundTablesPerSecond().get(r)));
            }
            return ratios;
        }

        double minRoundRatio() {
            return roundRatios().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        }

        double maxRoundRatio() {
            return roundRatios().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    /** The measuring thread's CPU time: what a step costs in this JVM, apart from waiting for the database. */
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private int next;
    /** The statements of each step of one table, per side ("ours: submit" → SQL). */
    private final Map<String, List<String>> listings = new LinkedHashMap<>();

    Map<String, List<String>> listings() {
        return listings;
    }

    Result run(ApprovalCycle ours, ApprovalCycle bare, int warmup, int roundSize, int rounds) {
        for (int i = 0; i < warmup; i++) {
            ours.run(next++);
            bare.run(next++);
        }
        Map<String, Integer> ourStatements = statements(ours);
        Map<String, Integer> bareStatements = statements(bare);
        List<Double> ourRounds = new ArrayList<>();
        List<Double> bareRounds = new ArrayList<>();
        long[] ourSteps = new long[ours.steps().size() + 1];
        long[] bareSteps = new long[bare.steps().size() + 1];
        long[] ourCpu = new long[ours.steps().size()];
        long[] bareCpu = new long[bare.steps().size()];
        long ourNanos = 0;
        long bareNanos = 0;
        for (int r = 0; r < rounds; r++) {
            long t = round(ours, roundSize, ourSteps, ourCpu);
            ourNanos += t;
            ourRounds.add(Samples.round(roundSize / (t / 1e9)));
            t = round(bare, roundSize, bareSteps, bareCpu);
            bareNanos += t;
            bareRounds.add(Samples.round(roundSize / (t / 1e9)));
        }
        int tables = roundSize * rounds;
        return new Result(
                side(ours, tables, ourNanos, ourRounds, ourSteps, ourCpu, ourStatements),
                side(bare, tables, bareNanos, bareRounds, bareSteps, bareCpu, bareStatements));
    }

    /**
     * Prepares {@code size} tables (before the clock; the time goes to the last slot of {@code stepNanos}), then runs
     * them through the cycle; adds each step's time to {@code stepNanos}.
     */
    private long round(ApprovalCycle cycle, int size, long[] stepNanos, long[] cpuNanos) {
        int first = next;
        int steps = stepNanos.length - 1;
        long p0 = System.nanoTime();
        for (int i = 0; i < size; i++) {
            cycle.prepare(first + i);
        }
        stepNanos[steps] += System.nanoTime() - p0;
        long t0 = System.nanoTime();
        for (int i = 0; i < size; i++) {
            int table = next++;
            for (int step = 0; step < steps; step++) {
                long c0 = CPU.getCurrentThreadCpuTime();
                long s0 = System.nanoTime();
                cycle.runStep(table, step);
                stepNanos[step] += System.nanoTime() - s0;
                cpuNanos[step] += CPU.getCurrentThreadCpuTime() - c0;
            }
        }
        return System.nanoTime() - t0;
    }

    private Map<String, Integer> statements(ApprovalCycle cycle) {
        int i = next++;
        Map<String, Integer> perStep = new LinkedHashMap<>();
        String preparation = cycle.preparation();
        if (preparation != null) {
            StatementCounter.Counted<Object> counted = StatementCounter.count(() -> {
                cycle.prepare(i);
                return null;
            });
            listings.put(cycle.name() + ": " + preparation + ", before the clock", counted.statements());
        } else {
            cycle.prepare(i);
        }
        for (int step = 0; step < cycle.steps().size(); step++) {
            int s = step;
            long t0 = System.nanoTime();
            StatementCounter.Counted<Object> counted = StatementCounter.count(() -> {
                cycle.runStep(i, s);
                return null;
            });
            double stepMillis = (System.nanoTime() - t0) / 1e6;
            perStep.put(cycle.steps().get(step), counted.count());
            List<String> listing = new ArrayList<>(counted.statements());
            listing.add(String.format(java.util.Locale.ROOT, "%.2f ms · (commits)", counted.commitMillis()));
            listing.add(String.format(java.util.Locale.ROOT, "%.2f ms · (the whole step)", stepMillis));
            listings.put(cycle.name() + ": " + cycle.steps().get(step), listing);
        }
        return perStep;
    }

    private static Side side(
            ApprovalCycle cycle,
            int tables,
            long nanos,
            List<Double> rounds,
            long[] stepNanos,
            long[] cpuNanos,
            Map<String, Integer> statements) {
        double seconds = nanos / 1e9;
        Map<String, Double> millis = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (int step = 0; step < cycle.steps().size(); step++) {
            millis.put(cycle.steps().get(step), Samples.round(stepNanos[step] / 1e6 / tables));
            cpu.put(cycle.steps().get(step), Samples.round(cpuNanos[step] / 1e6 / tables));
        }
        return new Side(
                cycle.name(),
                cycle.steps(),
                tables,
                Samples.round(seconds),
                Samples.round(tables / seconds),
                rounds,
                millis,
                statements,
                cycle.approvedCount(),
                cycle.preparation(),
                Samples.round(stepNanos[stepNanos.length - 1] / 1e6 / tables),
                cpu);
    }
}
