package cn.perftarget.workflow.approval;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.error.ConflictException;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.process.RoundRepository;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a task of an approval round and locks its table. The task is read again after the lock: whoever waited for
 * the lock sees what the action before it did, so a task handled meanwhile is reported as "该任务已被他人处理".
 */
@Component
class TaskLocator {

    private final TaskService taskService;
    private final HistoryService historyService;
    private final RoundRepository rounds;
    private final TableLoader loader;

    TaskLocator(TaskService taskService, HistoryService historyService, RoundRepository rounds, TableLoader loader) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.rounds = rounds;
        this.loader = loader;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public LocatedTask locate(AppUser user, String taskId) {
        if (taskId == null || taskId.isBlank()) {
            throw InvalidInputException.of(InvalidInputException.Input.OTHER, "error.task.required");
        }
        String processInstanceId = runningOrEnded(taskId).orElseThrow(NotFoundException::task);
        long tableId = rounds.tableOfRound(processInstanceId).orElseThrow(NotFoundException::task);
        TableHandle handle = loader.lockForTask(user, tableId);
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw ConflictException.taskHandled();
        }
        return new LocatedTask(task, handle);
    }

    /** The process instance of a waiting or finished task of the approval process. */
    private Optional<String> runningOrEnded(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task != null) {
            return Optional.ofNullable(task.getProcessInstanceId());
        }
        HistoricTaskInstance done =
                historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (done == null || !TargetApprovalProcess.PROCESS_KEY.equals(done.getProcessDefinitionKey())) {
            return Optional.empty();
        }
        return Optional.ofNullable(done.getProcessInstanceId());
    }
}
