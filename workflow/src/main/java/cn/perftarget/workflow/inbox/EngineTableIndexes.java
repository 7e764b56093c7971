package cn.perftarget.workflow.inbox;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Indexes on Camunda's tables that its own scripts lack. Camunda's tables are created after our migrations (see
 * EngineSchema), so these cannot live in V10; Flyway's {@code afterMigrate} creates them, as the owner of the tables,
 * idempotently.
 * <ul>
 *   <li>the done tab: completed tasks by assignee (the open tabs use Camunda's own indexes on ACT_RU_TASK.ASSIGNEE_,
 *       ACT_RU_TASK.PROC_INST_ID_ and ACT_RU_IDENTITYLINK.GROUP_ID_ / TASK_ID_);</li>
 *   <li>a task's subtasks: completing a task, the engine asks for them ({@code select * from ACT_RU_TASK where
 *       PARENT_TASK_ID_ = ?}), which without an index reads every open task — each review action took longer the
 *       more tables wait (in the benchmark's growth to 1,000,000 tables, 148,000 such scans had read 7.6 billion rows
 *       by 350,000 tables). The process has no subtasks: the index is partial and holds no rows.</li>
 * </ul>
 */
@Component
class EngineTableIndexes implements Callback {

    static final String DONE_BY_ASSIGNEE = """
            create index if not exists perftarget_hi_task_assignee_end_idx
                on act_hi_taskinst (assignee_, end_time_)""";

    static final String SUBTASKS = """
            create index if not exists perftarget_ru_task_parent_idx
                on act_ru_task (parent_task_id_) where parent_task_id_ is not null""";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement st = context.getConnection().createStatement()) {
            st.execute(DONE_BY_ASSIGNEE);
            st.execute(SUBTASKS);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "the indexes on the engine's tables cannot be created: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        // Flyway runs callbacks in the order of their names: after the engine's tables (perftarget-10-…)
        return "perftarget-20-engine-table-indexes";
    }
}
