package cn.perftarget.workflow.approval;

import cn.perftarget.workflow.process.ProcessStep;
import org.camunda.bpm.engine.task.Task;

/** A waiting task of an approval round, read after its table was locked. */
record LocatedTask(Task task, TableHandle handle) {

    ProcessStep step() {
        return ProcessStep.ofActivity(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("unknown approval task " + task.getTaskDefinitionKey()));
    }

    String id() {
        return task.getId();
    }

    String assignee() {
        return task.getAssignee();
    }
}
