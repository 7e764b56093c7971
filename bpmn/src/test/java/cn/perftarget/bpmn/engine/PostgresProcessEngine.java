package cn.perftarget.bpmn.engine;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * One process engine for all tests of this module, on a real PostgreSQL (embedded, started from a
 * Maven artifact). Started on first use; {@link EngineSessionListener} closes both after the last test.
 */
public final class PostgresProcessEngine {

    private static EmbeddedPostgres postgres;
    private static ProcessEngine engine;

    private PostgresProcessEngine() {}

    /** The shared engine, started if it is not running. */
    public static synchronized ProcessEngine shared() {
        if (engine == null) {
            postgres = startPostgres();
            engine = buildEngine(postgres);
        }
        return engine;
    }

    /** Closes the engine and stops PostgreSQL; a later {@link #shared()} starts new ones. */
    public static synchronized void closeShared() {
        try {
            if (engine != null) {
                engine.close();
            }
        } finally {
            engine = null;
            stopPostgres();
        }
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static void stopPostgres() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
        } finally {
            postgres = null;
        }
    }

    private static ProcessEngine buildEngine(EmbeddedPostgres database) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bpmn-module-test");
        configuration.setDataSource(database.getPostgresDatabase());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setDbMetricsReporterActivate(false);
        // beans for delegate expressions (${reviewReminder}, ${reviewEscalation}) come from Mocks.register
        configuration.setExpressionManager(new MockExpressionManager());
        return configuration.buildProcessEngine();
    }
}
