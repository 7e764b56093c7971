package cn.perftarget.workflow.process;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads the step of a running or ended approval round from the engine. */
@Component
public class ProcessSteps {

    private final TaskService taskService;
    private final HistoryService historyService;

    public ProcessSteps(TaskService taskService, HistoryService historyService) {
        this.taskService = taskService;
        this.historyService = historyService;
    }

    /** The waiting user task's step, or the end event's when the round has ended. */
    public ProcessStep current(String processInstanceId) {
        List<Task> tasks = taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .list();
        if (tasks.size() > 1) {
            throw new IllegalStateException("approval process " + processInstanceId + " waits at more than one task");
        }
        if (tasks.size() == 1) {
            String key = tasks.get(0).getTaskDefinitionKey();
            return ProcessStep.ofActivity(key)
                    .orElseThrow(() -> new IllegalStateException("unknown approval task " + key));
        }
        HistoricProcessInstance ended = historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .finished()
                .singleResult();
        if (ended == null) {
            throw new IllegalStateException("approval process " + processInstanceId + " neither waits nor has ended");
        }
        return ProcessStep.ofActivity(ended.getEndActivityId())
                .filter(ProcessStep::isEnd)
                .orElseThrow(() -> new IllegalStateException(
                        "approval process ended at the unknown node " + ended.getEndActivityId()));
    }

    /** The waiting user task of the round; null when none waits. */
    public @Nullable Task waitingTask(String processInstanceId) {
        return taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
    }
}
