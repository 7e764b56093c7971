package cn.perftarget.workflow.approval;

import cn.perftarget.workflow.process.ProcessStep;
import cn.perftarget.workflow.process.WaitingTasks.WaitingTask;
import org.jspecify.annotations.Nullable;

/** A waiting task of an approval round, read after its table was locked, with the acting user's standing on it. */
record LocatedTask(WaitingTask task, TableHandle handle, ActorStanding standing) {

    ProcessStep step() {
        return ProcessStep.ofActivity(task.taskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("unknown approval task " + task.taskDefinitionKey()));
    }

    String id() {
        return task.id();
    }

    @Nullable
    String assignee() {
        return task.assignee();
    }
}
