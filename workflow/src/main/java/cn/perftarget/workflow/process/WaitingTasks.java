package cn.perftarget.workflow.process;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads where a process instance is (its waiting tasks, or its end) straight from the engine's tables, in one indexed
 * statement in the caller's transaction: every action asks it after the engine moved, and a task query of the engine's
 * API costs a command with its own session and a generic query (with authorization and tenant clauses). Only reads:
 * every change of the engine goes through its API. The approval's task reader ({@code TaskStandings}) reads a
 * {@link WaitingTask} the same way.
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

    /**
     * Where a process instance is, in one statement: the task definition keys of the tasks it waits at (index
     * ACT_IDX_TASK_PROCINST) and, once it has ended, its end event (its history row, unique by PROC_INST_ID_). A round
     * ends in the transaction that reads this, so the history row is there.
     */
    public Position position(String processInstanceId) {
        List<Position.Node> nodes = jdbc.sql("""
                        select TASK_DEF_KEY_, false from ACT_RU_TASK where PROC_INST_ID_ = :instance
                        union all
                        select END_ACT_ID_, true from ACT_HI_PROCINST
                         where PROC_INST_ID_ = :instance and END_TIME_ is not null""")
                .param("instance", processInstanceId)
                .query((rs, i) -> new Position.Node(rs.getString(1), rs.getBoolean(2)))
                .list();
        return new Position(
                nodes.stream()
                        .filter(n -> !n.end())
                        .map(Position.Node::activity)
                        .toList(),
                nodes.stream()
                        .filter(Position.Node::end)
                        .map(Position.Node::activity)
                        .findFirst());
    }

    /**
     * @param waitingKeys the task definition keys of the waiting tasks
     * @param endActivity the end event; empty while the instance runs
     */
    public record Position(List<String> waitingKeys, Optional<String> endActivity) {

        private record Node(String activity, boolean end) {}
    }
}
