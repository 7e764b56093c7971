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
 * Puts the triggers that keep {@code claimable_task} (V11) on Camunda's tables, once the engine's tables are there
 * (Flyway's {@code afterMigrate}, as the owner of the tables, after the engine's schema: see EngineSchema), and fills
 * the table from the tasks already there. Runs when a trigger is missing — a new database, or one from before V11 —
 * with task and candidate writes locked out for that moment, so that another node of the cluster cannot slip a change
 * between the fill and the triggers.
 */
@Component
class ClaimableTaskTriggers implements Callback {

    private static final Logger log = LoggerFactory.getLogger(ClaimableTaskTriggers.class);

    static final Map<String, String> TRIGGERS = triggers();

    /** What {@code claimable_task} holds by definition: every unassigned task with each candidate group. */
    static final String DEFINITION = """
            select k.id_, l.group_id_, k.proc_inst_id_, k.task_def_key_, k.due_date_, k.create_time_
              from act_ru_task k join act_ru_identitylink l on l.task_id_ = k.id_
             where k.assignee_ is null and l.type_ = 'candidate' and l.group_id_ is not null""";

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
            throw new IllegalStateException("the triggers of claimable_task cannot be created: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        // Flyway runs callbacks in the order of their names: after the engine's tables (perftarget-10-…)
        return "perftarget-20-claimable-task-triggers";
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
            jdbc.execute("lock table act_ru_task, act_ru_identitylink in share row exclusive mode");
            Set<String> present = present(jdbc);
            TRIGGERS.forEach((name, sql) -> {
                if (!present.contains(name)) {
                    jdbc.execute(sql);
                }
            });
            int rows = refill(jdbc);
            owner.commit();
            log.info("claimable_task: triggers created, {} rows filled in", rows);
        } catch (SQLException | RuntimeException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    /** Empties the table and fills it from Camunda's tables; returns the rows written. */
    private static int refill(JdbcTemplate jdbc) {
        jdbc.update("delete from claimable_task");
        return jdbc.update("insert into claimable_task"
                + " (task_id, group_id, process_instance_id, task_key, due_date, created) " + DEFINITION
                + " on conflict on constraint claimable_task_pkey do nothing");
    }

    private static Set<String> present(JdbcTemplate jdbc) {
        List<String> names = jdbc.queryForList(
                "select tgname from pg_trigger where not tgisinternal" + " and tgname like 'claimable_task_%'",
                String.class);
        return new HashSet<>(names);
    }

    private static Map<String, String> triggers() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put(
                "claimable_task_task_insert",
                "create trigger claimable_task_task_insert after insert on act_ru_task"
                        + " for each row execute function claimable_task_on_task()");
        // Camunda rewrites the whole row on every change: react only to what the projection holds
        t.put(
                "claimable_task_task_update",
                "create trigger claimable_task_task_update after update on act_ru_task"
                        + " for each row when (old.assignee_ is distinct from new.assignee_"
                        + " or old.due_date_ is distinct from new.due_date_"
                        + " or old.task_def_key_ is distinct from new.task_def_key_"
                        + " or old.proc_inst_id_ is distinct from new.proc_inst_id_)"
                        + " execute function claimable_task_on_task()");
        t.put(
                "claimable_task_task_delete",
                "create trigger claimable_task_task_delete after delete on act_ru_task"
                        + " for each row execute function claimable_task_on_task()");
        t.put(
                "claimable_task_link",
                "create trigger claimable_task_link after insert or delete"
                        + " on act_ru_identitylink for each row execute function claimable_task_on_link()");
        return Collections.unmodifiableMap(t);
    }
}
