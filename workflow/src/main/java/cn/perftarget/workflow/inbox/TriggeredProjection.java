package cn.perftarget.workflow.inbox;

import cn.perftarget.domain.db.OneTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
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

/**
 * A projection of Camunda's tables kept by triggers on them: puts the triggers in place once the engine's tables are
 * there (Flyway's {@code afterMigrate}, as the owner of the tables, after the engine's schema: see EngineSchema) and
 * fills the projection from what is already there. Runs when a trigger is missing — a new database, or one from before
 * the projection — with writes to the tables it follows locked out for that moment, so that another node of the
 * cluster cannot slip a change between the fill and the triggers. (Triggers on our own tables are the migration's.)
 */
abstract class TriggeredProjection implements Callback {

    private static final Logger log = LoggerFactory.getLogger(TriggeredProjection.class);

    private final String table;
    private final String followedTables;
    private final Map<String, String> triggers;
    private final String columns;
    private final String definition;

    /**
     * @param table          the projection
     * @param followedTables the tables it follows, locked while the triggers go in
     * @param triggers       name → {@code create trigger} statement, on Camunda's tables
     * @param columns        the projection's columns, in the order of the definition
     * @param definition     what the projection holds by definition, as a query
     */
    TriggeredProjection(
            String table, String followedTables, Map<String, String> triggers, String columns, String definition) {
        this.table = table;
        this.followedTables = followedTables;
        this.triggers = triggers;
        this.columns = columns;
        this.definition = definition;
    }

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
            throw new IllegalStateException("the triggers of " + table + " cannot be created: " + e.getMessage(), e);
        }
    }

    /** Creates the missing triggers and refills the projection, in one transaction on the owner's connection. */
    void ensure(Connection owner) throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(owner, true));
        if (present(jdbc).containsAll(triggers.keySet())) {
            return;
        }
        int rows = OneTransaction.on(owner, () -> {
            jdbc.execute("lock table " + followedTables + " in share row exclusive mode");
            Set<String> present = present(jdbc);
            triggers.forEach((name, sql) -> {
                if (!present.contains(name)) {
                    jdbc.execute(sql);
                }
            });
            jdbc.update("delete from " + table);
            return jdbc.update("insert into " + table + " (" + columns + ") " + definition + " on conflict do nothing");
        });
        log.info("{}: triggers created, {} rows filled in", table, rows);
    }

    private Set<String> present(JdbcTemplate jdbc) {
        List<String> names = jdbc.queryForList(
                "select tgname from pg_trigger where not tgisinternal and tgname = any(?)", String.class, (Object)
                        triggers.keySet().toArray(String[]::new));
        return new HashSet<>(names);
    }
}
