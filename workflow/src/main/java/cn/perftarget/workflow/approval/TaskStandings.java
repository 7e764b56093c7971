package cn.perftarget.workflow.approval;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.Authorship;
import cn.perftarget.workflow.identity.GroupMembership;
import cn.perftarget.workflow.process.WaitingTasks.WaitingTask;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a waiting task with the acting user's {@link ActorStanding} on it, in one statement in the caller's
 * transaction: the task's row (index on ACT_RU_TASK's id), the routed section (a string variable of the instance's own
 * scope, as {@code RuntimeService.getVariable} gives it), candidacy ({@link GroupMembership#candidateOf}) and authorship
 * ({@link Authorship#AUTHORED_BY_USER_SQL}) — each condition spelled where its single-question form is. Only reads.
 */
@Repository
class TaskStandings {

    private static final String SQL =
            """
            select task.ID_, task.TASK_DEF_KEY_, task.ASSIGNEE_, task.PROC_INST_ID_,
                   (select v.TEXT_ from ACT_RU_VARIABLE v
                     where v.PROC_INST_ID_ = task.PROC_INST_ID_ and v.EXECUTION_ID_ = v.PROC_INST_ID_
                       and v.TASK_ID_ is null and v.NAME_ = :section and v.TYPE_ = 'string') as routed_section,
                   %s as candidate,
                   %s as author
              from ACT_RU_TASK task
             cross join (select cast(:table as bigint) as id) t
             where task.ID_ = :task""".formatted(GroupMembership.candidateOf("task.ID_"), Authorship.AUTHORED_BY_USER_SQL);

    private final JdbcClient jdbc;

    TaskStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The waiting task with the user's standing on it; empty when the task has been completed (or never existed). */
    Optional<LocatedTask> read(AppUser user, String taskId, TableHandle handle) {
        return jdbc.sql(SQL)
                .param("section", ApprovalVariables.FISCAL_SECTION)
                .param("user", user.username())
                .param("table", handle.id())
                .param("task", taskId)
                .query((rs, i) -> new LocatedTask(
                        new WaitingTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        handle,
                        new ActorStanding(
                                user.username(),
                                rs.getString(5),
                                user.enabled() && rs.getBoolean(6),
                                rs.getBoolean(7))))
                .optional();
    }
}
