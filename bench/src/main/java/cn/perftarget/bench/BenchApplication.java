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
        long t0 = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .initializers(StatementCounter.initializer())
                .run(
                        "--server.port=0",
                        "--perftarget.embedded-db.data-dir=",
                        "--perftarget.embedded-db.pool-size=20",
                        "--perftarget.demo.enabled=true",
                        "--camunda.bpm.job-execution.enabled=false",
                        // the harness deploys a routing table for its generated departments
                        "--perftarget.engine.runtime-deployment-allowed=true",
                        "--logging.level.root=WARN",
                        "--logging.level.cn.perftarget.bench=INFO");
        return new Started(context, Duration.ofNanos(System.nanoTime() - t0));
    }
}
