package cn.perftarget.domain.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.DomainTestApplication;
import cn.perftarget.domain.dbrole.AuditTables;
import cn.perftarget.domain.security.KeyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two roles: the owner runs the migrations, the application connects as a role that may change data but not the
 * schema, and on the audit tables may only insert and read — whatever the application does, it cannot rewrite the
 * audit, not even by disabling the triggers. The embedded server asks every connection for its password and keeps
 * the passwords owner-only; the application refuses to run as a superuser unless told to.
 */
@SpringBootTest
class DatabaseRolesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedDatabase db;

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource application;

    @Autowired
    KeyFiles keys;

    @Test
    void theApplicationConnectsAsTheApplicationRoleAndFlywayAsTheOwner() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("perftarget_app");
        assertThat(jdbc.queryForObject(
                        "select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user",
                        Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForList("select distinct installed_by from flyway_schema_history", String.class))
                .containsExactly("perftarget_owner");
        assertThat(jdbc.queryForList(
                        "select distinct pg_get_userbyid(relowner) from pg_class c join pg_namespace n"
                                + " on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'",
                        String.class))
                .containsExactly("perftarget_owner");
    }

    @Test
    void theApplicationRoleCannotChangeDeleteTruncateOrUnprotectTheAuditTables() throws SQLException {
        List<String> statements = new ArrayList<>();
        for (String table : AuditTables.APPEND_ONLY) {
            if (!present(table)) {
                continue; // a table of the workflow's migrations (e.g. urge), absent from the domain's database
            }
            statements.add("update " + table + " set " + firstColumn(table) + " = " + firstColumn(table));
            statements.add("delete from " + table);
            statements.add("truncate " + table);
            statements.add("alter table " + table + " disable trigger all");
            statements.add("drop table " + table);
        }
        for (String head : AuditTables.HEADS) {
            statements.add("delete from " + head);
            statements.add("truncate " + head);
            statements.add("alter table " + head + " disable trigger all");
        }
        statements.add("create table mallory (id int)");
        statements.add("delete from flyway_schema_history");

        List<String> allowed = new ArrayList<>();
        try (Connection c = application.getConnection();
                Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            for (String sql : statements) {
                try {
                    st.execute(sql);
                    allowed.add(sql);
                } catch (SQLException e) {
                    assertThat(e.getMessage()).as(sql).containsAnyOf("permission denied", "must be owner");
                } finally {
                    c.rollback();
                }
            }
        }
        assertThat(allowed).as("statements the application role was allowed").isEmpty();
    }

    @Test
    void theApplicationRoleMayInsertAndReadTheAuditAndChangeOtherData() {
        Map<String, Object> rights = jdbc.queryForMap("""
                select has_table_privilege('audit_entry', 'INSERT') as insert_audit,
                       has_table_privilege('audit_entry', 'SELECT') as read_audit,
                       has_table_privilege('audit_head', 'UPDATE') as move_head,
                       has_table_privilege('target_table', 'UPDATE') and has_table_privilege('target_table', 'DELETE')
                           as change_tables,
                       has_sequence_privilege('target_table_id_seq', 'USAGE') as new_ids""");
        assertThat(rights)
                .allSatisfy((right, granted) -> assertThat(granted).as(right).isEqualTo(true));
    }

    @Test
    void aTableOfALaterMigrationGetsTheRightsToo() {
        AsOwner.inTransaction(db, owner -> owner.execute("create table later_migration (id int)"));
        try {
            flyway.migrate();
            jdbc.update("insert into later_migration values (1)");
            assertThat(jdbc.queryForObject("select count(*) from later_migration", Integer.class))
                    .isEqualTo(1);
        } finally {
            AsOwner.inTransaction(db, owner -> owner.execute("drop table later_migration"));
        }
    }

    @Test
    void theServerAsksForPasswordsKeptOwnerOnlyAndSyncsAKeptFolderOnly() throws Exception {
        Path dir = Path.of(db.dataDirectory());
        assertThat(Files.readString(dir.resolve("pg_hba.conf")))
                .contains("scram-sha-256")
                .doesNotContain("trust");
        Path credentials = EmbeddedCredentials.fileOf(dir);
        assertThat(Files.getPosixFilePermissions(credentials))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThatThrownBy(() -> EmbeddedPostgresServer.dataSource("perftarget_app", "wrong", db.database())
                        .getConnection())
                .hasMessageContaining("password authentication failed");
        // this folder is temporary (tests): fsync off for speed; EmbeddedPostgresServer turns it on for a kept one
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("off");
    }

    @Test
    void theApplicationRefusesToStartAsASuperuserUnlessAllowed() {
        EmbeddedCredentials credentials = EmbeddedPostgresServer.credentials();
        String[] asSuperuser = {
            "--spring.datasource.url=" + db.jdbcUrl(),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=" + credentials.superuser(),
            "--spring.flyway.user=perftarget_owner",
            "--spring.flyway.password=" + credentials.owner(),
            "--spring.main.web-application-type=none",
            "--perftarget.keys.audit=" + auditKey(),
            "--perftarget.audit.check-at-start=false"
        };
        assertThatThrownBy(() -> start(asSuperuser).close())
                .hasStackTraceContaining("是超级用户")
                .hasStackTraceContaining("is a superuser")
                .hasStackTraceContaining("perftarget.db.allow-superuser=true");

        String[] allowed = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(asSuperuser),
                        java.util.stream.Stream.of("--perftarget.db.allow-superuser=true"))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = start(allowed)) {
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("select current_user", String.class))
                    .isEqualTo("postgres");
        }
    }

    @Test
    void theApplicationRefusesToStartAsTheOwnerOfTheAuditTables() {
        EmbeddedCredentials credentials = EmbeddedPostgresServer.credentials();
        assertThatThrownBy(() -> start(
                                "--spring.datasource.url=" + db.jdbcUrl(),
                                "--spring.datasource.username=perftarget_owner",
                                "--spring.datasource.password=" + credentials.owner(),
                                "--spring.main.web-application-type=none",
                                "--perftarget.keys.audit=" + auditKey())
                        .close())
                .hasStackTraceContaining("是审计表")
                .hasStackTraceContaining("owns the audit tables");
    }

    /** the key of this context's chains: an external database needs its key configured */
    private String auditKey() {
        return Base64.getEncoder().encodeToString(keys.key("audit"));
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(DomainTestApplication.class).run(args);
    }

    private boolean present(String table) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, table));
    }

    private String firstColumn(String table) {
        return jdbc.queryForObject(
                "select attname from pg_attribute where attrelid = ?::regclass and attnum = 1", String.class, table);
    }
}
