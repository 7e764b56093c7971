package cn.perftarget.workflow.approval;

import cn.perftarget.domain.user.AppUser;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Completes a task as the acting user: an unclaimed task is claimed first, so the history names who did it. */
@Component
class TaskCompletion {

    private final TaskService taskService;

    TaskCompletion(TaskService taskService) {
        this.taskService = taskService;
    }

    void complete(AppUser user, LocatedTask task, Map<String, Object> variables) {
        if (task.assignee() == null) {
            taskService.claim(task.id(), user.username());
        }
        taskService.complete(task.id(), variables);
    }
}
