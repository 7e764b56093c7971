package cn.perftarget.domain.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * No database configured ({@code spring.datasource.url} unset or blank) and the zonky binaries on the class path:
 * start a real PostgreSQL from a Maven artifact. Its data lives in {@code perftarget.embedded-db.data-dir}
 * (blank: a temporary folder, as in tests, where each Spring context gets a database of its own). Production jars
 * carry no binaries and so never get here.
 * <p>
 * The application connects as the application role, Flyway as the owner role (see {@link EmbeddedRoles}).
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean
    EmbeddedDatabase embeddedDatabase(
            @Value("${perftarget.embedded-db.data-dir:}") String dataDir,
            @Value("${perftarget.embedded-db.port:0}") int port) {
        EmbeddedPostgres pg = EmbeddedPostgresServer.acquire(dataDir, port);
        String database = EmbeddedPostgresServer.newDatabase();
        log.info(
                "Embedded PostgreSQL started: port {}, database {}, data directory {}",
                pg.getPort(),
                database,
                EmbeddedPostgresServer.dataDirectory());
        return new EmbeddedDatabase(
                pg.getPort(), database, EmbeddedPostgresServer.dataDirectory(), EmbeddedPostgresServer.credentials());
    }

    /** The application's connections: as the application role, which may change data but not the schema. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(
            EmbeddedDatabase db,
            @Value("${perftarget.embedded-db.pool-size:20}") int poolSize,
            @Value("${spring.datasource.hikari.connection-timeout:10000}") long connectionTimeoutMillis) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(db.jdbcUrl());
        ds.setUsername(db.applicationUser());
        ds.setPassword(db.applicationPassword());
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("embedded-pg");
        // while the database is away a request waits this long for a connection, then the user is told
        ds.setConnectionTimeout(connectionTimeoutMillis);
        return ds;
    }

    /**
     * Flyway's connections: as the owner, which creates the schema and grants the application role its rights. Given
     * to Flyway directly, not as a bean: no other part of the application (the health endpoint included) connects as
     * the owner.
     */
    @Bean
    FlywayConfigurationCustomizer ownerRunsTheMigrations(EmbeddedDatabase db) {
        return configuration -> configuration.dataSource(db.ownerDataSource());
    }
}
