package cn.perftarget.ui.history;

import java.util.Set;

/**
 * How far a process instance got: the activities it has finished and those it waits in (or the end event it reached).
 * Empty when the table was never submitted.
 */
public record DiagramProgress(Set<String> finished, Set<String> current) {

    public static final DiagramProgress NONE = new DiagramProgress(Set.of(), Set.of());

    public DiagramProgress {
        finished = Set.copyOf(finished);
        current = Set.copyOf(current);
    }

    /** The CSS class of an element: current wins over finished. */
    String state(String elementId) {
        if (current.contains(elementId)) {
            return "current";
        }
        return finished.contains(elementId) ? "finished" : "pending";
    }
}
