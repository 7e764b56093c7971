package cn.perftarget.workflow.process;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads the step of a running or ended approval round from the engine. */
@Component
public class ProcessSteps {

    private final TaskService taskService;
    private final WaitingTasks waiting;

    public ProcessSteps(TaskService taskService, WaitingTasks waiting) {
        this.taskService = taskService;
        this.waiting = waiting;
    }

    /** The waiting user task's step, or the end event's when the round has ended. */
    public ProcessStep current(String processInstanceId) {
        WaitingTasks.Position position = waiting.position(processInstanceId);
        List<String> keys = position.waitingKeys();
        if (keys.size() > 1) {
            throw new IllegalStateException("approval process " + processInstanceId + " waits at more than one task");
        }
        if (keys.size() == 1) {
            String key = keys.get(0);
            return ProcessStep.ofActivity(key)
                    .orElseThrow(() -> new IllegalStateException("unknown approval task " + key));
        }
        String end = position.endActivity()
                .orElseThrow(() -> new IllegalStateException(
                        "approval process " + processInstanceId + " neither waits nor has ended"));
        return ProcessStep.ofActivity(end)
                .filter(ProcessStep::isEnd)
                .orElseThrow(() -> new IllegalStateException("approval process ended at the unknown node " + end));
    }

    /** The waiting user task of the round; null when none waits. */
    public @Nullable Task waitingTask(String processInstanceId) {
        return taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
    }
}
