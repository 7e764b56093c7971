package cn.perftarget.workflow.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Puts the triggers that keep {@code open_task} (V27) on Camunda's tables, once the engine's tables are there
 * (Flyway's {@code afterMigrate}, as the owner of the tables, after the engine's schema: see EngineSchema), and fills
 * the table from the tasks already there. Runs when a trigger is missing — a new database, or one from before V27 —
 * with task, candidate and table writes locked out for that moment, so that another node of the cluster cannot slip a
 * change between the fill and the triggers. (The trigger on {@code target_table} is V27's own.)
 */
@Component
class OpenTaskTriggers implements Callback {

    private static final Logger log = LoggerFactory.getLogger(OpenTaskTriggers.class);

    static final Map<String, String> TRIGGERS = triggers();

    /** The columns of {@code open_task}, in the order of {@link #DEFINITION}. */
    static final String COLUMNS = "task_id, kind, holder, process_instance_id, task_key, due_date, created, table_id,"
            + " unit_id, fiscal_year, status, budget, project_code, project_name, submitted_at";

    private static final String TABLE_COLUMNS =
            "t.id, t.unit_id, t.fiscal_year, t.status, t.budget, t.project_code," + " t.project_name, t.submitted_at";

    /**
     * What {@code open_task} holds by definition: every assigned task under its assignee, every unassigned one under
     * each candidate group, with the columns of its table (null when it has none).
     */
    static final String DEFINITION = "select k.id_, cast('A' as char(1)), k.assignee_, k.proc_inst_id_,"
            + " k.task_def_key_, k.due_date_, k.create_time_, " + TABLE_COLUMNS
            + " from act_ru_task k left join target_table t on t.process_instance_id = k.proc_inst_id_"
            + " where k.assignee_ is not null"
            + " union all select k.id_, cast('C' as char(1)), l.group_id_, k.proc_inst_id_, k.task_def_key_,"
            + " k.due_date_, k.create_time_, " + TABLE_COLUMNS
            + " from act_ru_task k join act_ru_identitylink l on l.task_id_ = k.id_"
            + " left join target_table t on t.process_instance_id = k.proc_inst_id_"
            + " where k.assignee_ is null and l.type_ = 'candidate' and l.group_id_ is not null";

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
        try {
            ensure(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("the triggers of open_task cannot be created: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        // Flyway runs callbacks in the order of their names: after the engine's tables (perftarget-10-…)
        return "perftarget-20-open-task-triggers";
    }

    /** Creates the missing triggers and refills the table, in one transaction on the owner's connection. */
    void ensure(Connection owner) throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(owner, true));
        if (present(jdbc).containsAll(TRIGGERS.keySet())) {
            return;
        }
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try {
            jdbc.execute("lock table act_ru_task, act_ru_identitylink, target_table in share row exclusive mode");
            Set<String> present = present(jdbc);
            TRIGGERS.forEach((name, sql) -> {
                if (!present.contains(name)) {
                    jdbc.execute(sql);
                }
            });
            int rows = refill(jdbc);
            owner.commit();
            log.info("open_task: triggers created, {} rows filled in", rows);
        } catch (SQLException | RuntimeException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    /** Empties the table and fills it from Camunda's tables; returns the rows written. */
    private static int refill(JdbcTemplate jdbc) {
        jdbc.update("delete from open_task");
        return jdbc.update("insert into open_task (" + COLUMNS + ") " + DEFINITION
                + " on conflict on constraint open_task_pkey do nothing");
    }

    private static Set<String> present(JdbcTemplate jdbc) {
        List<String> names = jdbc.queryForList(
                "select tgname from pg_trigger where not tgisinternal and tgname like 'open\\_task\\_%'", String.class);
        return new HashSet<>(names);
    }

    private static Map<String, String> triggers() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put(
                "open_task_task_insert",
                "create trigger open_task_task_insert after insert on act_ru_task"
                        + " for each row execute function open_task_on_task()");
        // Camunda rewrites the whole row on every change: react only to what the projection holds
        t.put(
                "open_task_task_update",
                "create trigger open_task_task_update after update on act_ru_task"
                        + " for each row when (old.assignee_ is distinct from new.assignee_"
                        + " or old.due_date_ is distinct from new.due_date_"
                        + " or old.task_def_key_ is distinct from new.task_def_key_"
                        + " or old.proc_inst_id_ is distinct from new.proc_inst_id_"
                        + " or old.create_time_ is distinct from new.create_time_)"
                        + " execute function open_task_on_task()");
        t.put(
                "open_task_task_delete",
                "create trigger open_task_task_delete after delete on act_ru_task"
                        + " for each row execute function open_task_on_task()");
        t.put(
                "open_task_link",
                "create trigger open_task_link after insert or delete"
                        + " on act_ru_identitylink for each row execute function open_task_on_link()");
        return Collections.unmodifiableMap(t);
    }
}
