package cn.perftarget.workflow.engine;

import cn.perftarget.domain.db.OneTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The process engine's tables, created by Flyway as the owner role ({@code afterMigrate}) with the engine's own
 * scripts from its jar, when the database has none: the engine itself runs as the application role, which may not
 * create tables ({@code camunda.bpm.database.schema-update=false}; the engine then only checks that its schema is
 * there and of its version). A database the engine created before keeps its tables. Every component is created —
 * engine, history, identity, CMMN, DMN — as {@code schema-update=true} did with the engine's defaults.
 * <p>
 * A new Camunda version needs its upgrade scripts ({@code org/camunda/bpm/engine/db/upgrade/postgres_engine_*}) run
 * by the owner, e.g. as a migration of ours; until then the engine refuses to start, naming both versions.
 */
@Component
class EngineSchema implements Callback {

    private static final Logger log = LoggerFactory.getLogger(EngineSchema.class);
    private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.postgres.create.";
    /** in the order the engine creates them */
    static final List<String> COMPONENTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

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
            create(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("the process engine's tables cannot be created: " + e.getMessage(), e);
        }
    }

    /** Creates the engine's tables in one transaction unless they are there; true when it did. */
    static boolean create(Connection owner) throws SQLException {
        try (Statement st = owner.createStatement();
                ResultSet rs = st.executeQuery("select to_regclass('act_ge_property') is not null")) {
            rs.next();
            if (rs.getBoolean(1)) {
                return false;
            }
        }
        OneTransaction.run(owner, () -> {
            try (Statement st = owner.createStatement()) {
                for (String component : COMPONENTS) {
                    st.execute(script(component));
                }
            }
        });
        log.info("process engine: tables created ({})", String.join(", ", COMPONENTS));
        return true;
    }

    private static String script(String component) {
        String name = SCRIPTS + component + ".sql";
        try (InputStream in = EngineSchema.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the process engine's jar has no " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    @Override
    public String getCallbackName() {
        // Flyway runs callbacks in the order of their names: the engine's tables first
        return "perftarget-10-engine-schema";
    }
}
