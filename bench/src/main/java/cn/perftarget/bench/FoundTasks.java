package cn.perftarget.bench;

import java.util.HashMap;
import java.util.Map;

/** The task a review round's inbox step found for a table, handed to the action step after it. */
final class FoundTasks {

    private final Map<Long, String> taskOf = new HashMap<>();

    void found(long tableId, String taskId) {
        taskOf.put(tableId, taskId);
    }

    /** The task found by the step before, taken. */
    String take(long tableId) {
        String task = taskOf.remove(tableId);
        if (task == null) {
            throw new IllegalStateException("no task found for table " + tableId + " yet");
        }
        return task;
    }
}
