package cn.perftarget.workflow.read;

import java.util.Set;

/**
 * How far an approval round got, from the engine's history: the activities it has finished and those it waits in
 * (or, once ended, the end event it reached). Empty when the table was never submitted.
 */
public record RoundProgress(Set<String> finished, Set<String> current) {

    public static final RoundProgress NONE = new RoundProgress(Set.of(), Set.of());

    public RoundProgress {
        finished = Set.copyOf(finished);
        current = Set.copyOf(current);
    }

    public boolean isEmpty() {
        return finished.isEmpty() && current.isEmpty();
    }

    public boolean isCurrent(String activityId) {
        return current.contains(activityId);
    }

    public boolean isFinished(String activityId) {
        return finished.contains(activityId);
    }
}
