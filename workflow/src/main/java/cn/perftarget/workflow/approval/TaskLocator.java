package cn.perftarget.workflow.approval;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.error.ConflictException;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.process.RoundRepository;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a task of an approval round and locks its table. The table comes from the waiting task's row and its round in
 * one statement (or, for a task already finished, from the history); the task itself is read after the lock, with the
 * acting user's standing on it ({@link TaskStandings}): whoever waited for the lock sees what the action before it
 * did, so a task handled meanwhile is reported as "该任务已被他人处理".
 */
@Component
class TaskLocator {

    private final TaskStandings standings;
    private final HistoryService historyService;
    private final RoundRepository rounds;
    private final TableLoader loader;

    TaskLocator(TaskStandings standings, HistoryService historyService, RoundRepository rounds, TableLoader loader) {
        this.standings = standings;
        this.historyService = historyService;
        this.rounds = rounds;
        this.loader = loader;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public LocatedTask locate(AppUser user, String taskId) {
        if (taskId == null || taskId.isBlank()) {
            throw InvalidInputException.of(InvalidInputException.Input.OTHER, "error.task.required");
        }
        long tableId = rounds.tableOfWaitingTask(taskId)
                .or(() -> ended(taskId).flatMap(rounds::tableOfRound))
                .orElseThrow(NotFoundException::task);
        TableHandle handle = loader.lockForTask(user, tableId);
        return standings.read(user, taskId, handle).orElseThrow(ConflictException::taskHandled);
    }

    /**
     * The process instance of a finished task of the approval process (handled by someone else meanwhile: the table's
     * lock decides whether this user may learn that, then "该任务已被他人处理").
     */
    private Optional<String> ended(String taskId) {
        HistoricTaskInstance done =
                historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (done == null || !TargetApprovalProcess.PROCESS_KEY.equals(done.getProcessDefinitionKey())) {
            return Optional.empty();
        }
        return Optional.ofNullable(done.getProcessInstanceId());
    }
}
