package cn.perftarget.bench;

import cn.perftarget.ui.Application;
import java.time.Duration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application the benchmarks measure: the ui module's Spring Boot application as it runs in production (web
 * server, Vaadin, security, the embedded engine), on a fresh temporary embedded PostgreSQL, with the job executor off
 * (the generated overdue timers must not fire while we measure), and with the statement counter on its DataSource.
 * Demo mode stays on, as in every run before the harness had its own module (ui's test configuration switched it
 * on): the demo organisation and its seed drafts are a few rows beside the generated organisation, which no measured
 * user sees. The settings are given as command-line arguments, so that they win over the app's application.yml.
 */
final class BenchApplication {

    /** The started context and how long it took. */
    record Started(ConfigurableApplicationContext context, Duration startTime) {

        int port() {
            return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
        }
    }

    private BenchApplication() {}

    static Started start() {
        return start("", true);
    }

    /**
     * The app on an embedded PostgreSQL in a kept data folder, which the embedded server runs with fsync and
     * synchronous commits on, as in production; without the statement counter (the API benchmark counts none, and
     * Flyway's owner connection is derived from a plain pool), with the {@link ServerTimer} on {@code /api/v1}, and
     * without Vaadin's development-mode component tracker (off in production mode; without the {@code production}
     * profile the app runs in development mode).
     */
    static Started startAsInProduction(String dataDir) {
        return start(dataDir, false);
    }

    /**
     * The app on an embedded PostgreSQL in a kept data folder (fsync and synchronous commits on, as in production),
     * with the statement counter: the approval throughput's own run.
     */
    static Started startDurable(String dataDir) {
        return start(dataDir, true);
    }

    private static Started start(String dataDir, boolean countStatements) {
        long t0 = System.nanoTime();
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class);
        java.util.List<String> args = new java.util.ArrayList<>();
        if (countStatements) {
            builder.initializers(StatementCounter.initializer());
        } else {
            builder.initializers(ServerTimer.initializer());
            // as in production mode: development mode records where every component was created and attached
            // (Vaadin's ComponentTracker, for the IDE), several MiB per open editor
            args.add("--vaadin.devmode.componentTracker.enabled=false");
        }
        args.addAll(java.util.List.of(
                "--server.port=0",
                "--perftarget.embedded-db.data-dir=" + dataDir,
                "--perftarget.embedded-db.pool-size=20",
                "--perftarget.demo.enabled=true",
                "--camunda.bpm.job-execution.enabled=false",
                // the harness deploys a routing table for its generated departments
                "--perftarget.engine.runtime-deployment-allowed=true",
                "--logging.level.root=WARN",
                "--logging.level.cn.perftarget.bench=INFO"));
        ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
        return new Started(context, Duration.ofNanos(System.nanoTime() - t0));
    }
}
