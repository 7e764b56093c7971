package cn.perftarget.workflow.process;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the engine's waiting tasks and a finished instance's end straight from its tables, one indexed statement
 * each, in the caller's transaction: an action asks these questions several times, and a task query of the engine's
 * API costs a command with its own session and a generic query (with authorization and tenant clauses) each time.
 * Only reads: every change of the engine goes through its API.
 */
@Repository
public class WaitingTasks {

    /** A waiting user task as an action needs it. */
    public record WaitingTask(
            String id, String taskDefinitionKey, @Nullable String assignee, String processInstanceId) {}

    private final JdbcClient jdbc;

    public WaitingTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The waiting task with this id; empty when it has been completed (or never existed). */
    public Optional<WaitingTask> byId(String taskId) {
        return jdbc.sql("select ID_, TASK_DEF_KEY_, ASSIGNEE_, PROC_INST_ID_ from ACT_RU_TASK where ID_ = ?")
                .param(taskId)
                .query((rs, i) -> new WaitingTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** The task definition keys of the tasks a process instance waits at (index ACT_IDX_TASK_PROCINST). */
    public List<String> waitingKeys(String processInstanceId) {
        return jdbc.sql("select TASK_DEF_KEY_ from ACT_RU_TASK where PROC_INST_ID_ = ?")
                .param(processInstanceId)
                .query(String.class)
                .list();
    }

    /**
     * The end event of a finished process instance (its history row, unique by PROC_INST_ID_); empty while it runs.
     * A round ends in the transaction that reads this, so the history row is there.
     */
    public Optional<String> endActivity(String processInstanceId) {
        return jdbc.sql("select END_ACT_ID_ from ACT_HI_PROCINST where PROC_INST_ID_ = ? and END_TIME_ is not null")
                .param(processInstanceId)
                .query(String.class)
                .optional();
    }
}
