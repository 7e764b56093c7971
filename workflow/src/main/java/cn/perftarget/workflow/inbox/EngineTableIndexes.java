package cn.perftarget.workflow.inbox;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * The index the done tab needs on a Camunda table: completed tasks by assignee. Camunda's tables are created after
 * our migrations (see EngineSchema), so this index cannot live in V10; Flyway's {@code afterMigrate} creates it, as
 * the owner of the tables, idempotently. (The open tabs use Camunda's own indexes on ACT_RU_TASK.ASSIGNEE_,
 * ACT_RU_TASK.PROC_INST_ID_ and ACT_RU_IDENTITYLINK.GROUP_ID_ / TASK_ID_.)
 */
@Component
class EngineTableIndexes implements Callback {

    static final String DONE_BY_ASSIGNEE = """
            create index if not exists perftarget_hi_task_assignee_end_idx
                on act_hi_taskinst (assignee_, end_time_)""";

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
        } catch (SQLException e) {
            throw new IllegalStateException("the index of done tasks cannot be created: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        // Flyway runs callbacks in the order of their names: after the engine's tables (perftarget-10-…)
        return "perftarget-20-engine-table-indexes";
    }
}
