package cn.perftarget.ui.bench;

import cn.perftarget.ui.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;

/**
 * The application the benchmarks measure: the ui module's Spring Boot application as it runs in production (web
 * server, Vaadin, security, the embedded engine), on a fresh temporary embedded PostgreSQL, without demo data, with
 * the job executor off (the generated overdue timers must not fire while we measure), and with the statement
 * counter on its DataSource.
 */
final class BenchApplication {

    /** The started context and how long it took. */
    record Started(ConfigurableApplicationContext context, Duration startTime) {

        int port() {
            return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
        }
    }

    private BenchApplication() {
    }

    static Started start() {
        long t0 = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .initializers(StatementCounter.initializer())
                .properties(
                        "server.port=0",
                        "perftarget.embedded-db.data-dir=",
                        "perftarget.embedded-db.pool-size=20",
                        "perftarget.demo.enabled=false",
                        "camunda.bpm.job-execution.enabled=false",
                        "logging.level.root=WARN",
                        "logging.level.cn.perftarget.ui.bench=INFO")
                .run();
        return new Started(context, Duration.ofNanos(System.nanoTime() - t0));
    }
}
