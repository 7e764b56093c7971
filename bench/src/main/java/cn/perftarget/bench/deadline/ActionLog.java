package cn.perftarget.bench.deadline;

import cn.perftarget.bench.Samples;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The calls of one simulated person (one thread, so nothing here is shared while the load runs): per action the
 * latencies of the calls that succeeded and the number that did not, with the first few failures spelled out.
 * {@link #merge} adds them up afterwards.
 */
final class ActionLog {

    private static final int EXAMPLES = 20;

    private final Map<Action, Samples> latencies = new EnumMap<>(Action.class);
    private final Map<Action, Integer> errors = new EnumMap<>(Action.class);
    private final List<String> examples = new ArrayList<>();

    void ok(Action action, long nanos) {
        latencies.computeIfAbsent(action, a -> new Samples()).add(nanos);
    }

    void error(Action action, long nanos, String what) {
        latencies.computeIfAbsent(action, a -> new Samples()).add(nanos);
        errors.merge(action, 1, Integer::sum);
        if (examples.size() < EXAMPLES) {
            examples.add(action.label() + ": " + what);
        }
    }

    /** Per action: the calls (all, failed ones included), their latencies and the failures; all logs together. */
    static Figures merge(List<ActionLog> logs) {
        Map<Action, Samples> all = new EnumMap<>(Action.class);
        Map<Action, Integer> failed = new EnumMap<>(Action.class);
        List<String> firstFailures = new ArrayList<>();
        for (ActionLog log : logs) {
            log.latencies.forEach(
                    (a, s) -> all.computeIfAbsent(a, x -> new Samples()).addAll(s));
            log.errors.forEach((a, n) -> failed.merge(a, n, Integer::sum));
            for (String e : log.examples) {
                if (firstFailures.size() < EXAMPLES) {
                    firstFailures.add(e);
                }
            }
        }
        List<DeadlineDayBenchmark.ActionFigure> figures = new ArrayList<>();
        for (Action a : Action.values()) {
            Samples s = all.get(a);
            if (s != null) {
                figures.add(new DeadlineDayBenchmark.ActionFigure(a.label(), s.summary(), failed.getOrDefault(a, 0)));
            }
        }
        return new Figures(List.copyOf(figures), List.copyOf(firstFailures));
    }

    record Figures(List<DeadlineDayBenchmark.ActionFigure> perAction, List<String> failures) {}
}
