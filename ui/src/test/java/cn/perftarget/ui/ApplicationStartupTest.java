package cn.perftarget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.db.EmbeddedDatabase;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application starts on the embedded PostgreSQL: Flyway first, then the engine; health reports both (in
 * detail to operators only).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationStartupTest {

    @Autowired
    EmbeddedDatabase embeddedDatabase;

    @Autowired
    Flyway flyway;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    HealthEndpoint health;

    @Autowired
    ConfigurableListableBeanFactory beanFactory;

    @Test
    void runsOnEmbeddedPostgres() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
        assertThat(embeddedDatabase.port()).isPositive();
    }

    @Test
    void flywayMigratedAndEngineCreatedItsTables() {
        assertThat(flyway.info().current()).isNotNull();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.sql("select count(*) from act_ge_property")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(engine.getName()).isEqualTo("default");
    }

    @Test
    void engineWaitsForFlyway() {
        assertThat(beanFactory.getBeanDefinition("processEngineFactoryBean").getDependsOn())
                .contains("flywayInitializer");
    }

    @Test
    void healthReportsDatabaseAndEngine() {
        // to anyone over HTTP only the status (the details are for operators: SecurityJourneyBrowserTest)
        String body = http.getForObject("/actuator/health", String.class);
        assertThat(body).isEqualTo("{\"status\":\"UP\"}");
        assertThat(health.health())
                .isInstanceOfSatisfying(
                        CompositeHealth.class,
                        h -> assertThat(h.getComponents()).containsKeys("db", "processEngine", "audit"));
    }
}
