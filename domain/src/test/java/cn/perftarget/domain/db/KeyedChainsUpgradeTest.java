package cn.perftarget.domain.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.DomainTestApplication;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEvent;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.integrity.IntegrityCheck;
import cn.perftarget.domain.integrity.IntegrityReport;
import cn.perftarget.domain.integrity.IntegrityStatus;
import cn.perftarget.domain.security.ChainKey;
import cn.perftarget.domain.security.KeyFiles;
import cn.perftarget.domain.security.SecurityLog;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database from before the keyed chains (migrated to V5, its entries hashed with plain SHA-256) keeps verifying
 * after the upgrade: the old entries as they were, the new ones keyed; the first check anchors the old chains. And
 * the key of the embedded database is generated once, readable by its owner only.
 */
@SpringBootTest
class KeyedChainsUpgradeTest {

    private static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    EmbeddedDatabase db;

    @Autowired
    KeyFiles keys;

    @Value("${perftarget.keys.dir}")
    String keysDir;

    @Test
    void theEmbeddedKeyIsGeneratedOnceOwnerOnly() throws Exception {
        Path file = Path.of(keysDir, "audit.key");
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).isEqualTo(keys.key("audit"));
    }

    @Test
    void entriesFromBeforeTheKeyVerifyAsTheyWereAndNewOnesAreKeyed() {
        String database = EmbeddedPostgresServer.newDatabase();
        EmbeddedCredentials credentials = EmbeddedPostgresServer.credentials();
        DataSource owner = EmbeddedPostgresServer.dataSource(EmbeddedCredentials.OWNER, credentials.owner(), database);
        Flyway.configure().dataSource(owner).target("5").load().migrate();
        long table = oldHistory(new JdbcTemplate(owner));

        try (ConfigurableApplicationContext upgraded = new SpringApplicationBuilder(DomainTestApplication.class)
                .run(
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + db.port() + "/" + database,
                        "--spring.datasource.username=" + EmbeddedCredentials.APPLICATION,
                        "--spring.datasource.password=" + credentials.application(),
                        "--spring.flyway.user=" + EmbeddedCredentials.OWNER,
                        "--spring.flyway.password=" + credentials.owner(),
                        "--spring.main.web-application-type=none",
                        "--perftarget.keys.audit=" + Base64.getEncoder().encodeToString(new byte[32]))) {
            // the check at start held and anchored the old chains
            assertThat(upgraded.getBean(IntegrityStatus.class).latest())
                    .hasValueSatisfying(s -> assertThat(s.intact()).isTrue());
            AuditLog audit = upgraded.getBean(AuditLog.class);
            assertThat(audit.verify(table).intact()).isTrue();
            assertThat(upgraded.getBean(SecurityLog.class).problems()).isEmpty();

            upgraded.getBean(TransactionTemplate.class)
                    .executeWithoutResult(
                            s -> audit.append(AuditEvent.of(table, "d1", "DRAFTER", AuditAction.EDIT, "升级后的第一条")));
            JdbcTemplate jdbc = upgraded.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList(
                            "select hash_format from audit_entry where table_id = ? order by seq", String.class, table))
                    .containsExactly("audit-v1", "audit-v1", "audit-v2");
            assertThat(audit.verify(table).intact()).isTrue();
            IntegrityReport next = upgraded.getBean(IntegrityCheck.class).run().orElseThrow();
            assertThat(next.broken()).isEmpty();
            assertThat(jdbc.queryForList("select hash_format from security_event order by seq", String.class))
                    .startsWith("security-v1")
                    .last()
                    .isEqualTo("security-v2");
        }
    }

    /** A table with two entries and the security log with one, as the version before V6 wrote them. */
    private static long oldHistory(JdbcTemplate owner) {
        long unit = owner.queryForObject(
                "insert into organisation (code, name, kind, region_code) values ('U1', '旧单位', 'UNIT', 'old')"
                        + " returning id",
                Long.class);
        long table = owner.queryForObject(
                "insert into target_table (unit_id, fiscal_year, status, content) values (?, 2024, 'DRAFTING', '{}')"
                        + " returning id",
                Long.class,
                unit);
        Instant at = Instant.parse("2024-05-06T07:08:09.123456Z");
        String prev = GENESIS;
        for (int seq = 1; seq <= 2; seq++) {
            String action = seq == 1 ? "CREATE" : "EDIT";
            String hash = ChainKey.sha256(
                    json("audit-v1", table, seq, "d1", "DRAFTER", at.toString(), action, null, null, "旧", null, prev));
            owner.update(
                    "insert into audit_entry (table_id, seq, actor, actor_role, at, action, comment, prev_hash, hash)"
                            + " values (?, ?, 'd1', 'DRAFTER', ?, ?, '旧', ?, ?)",
                    table,
                    seq,
                    Timestamp.from(at),
                    action,
                    prev,
                    hash);
            prev = hash;
        }
        owner.update("insert into audit_head (table_id, last_seq, last_hash) values (?, 2, ?)", table, prev);
        String security = ChainKey.sha256(
                json("security-v1", 1, at.toString(), "LOGIN", "admin", null, "SUCCESS", "10.0.0.1", null, GENESIS));
        owner.update(
                "insert into security_event (seq, at, type, subject, outcome, client_address, prev_hash, hash)"
                        + " values (1, ?, 'LOGIN', 'admin', 'SUCCESS', '10.0.0.1', ?, ?)",
                Timestamp.from(at),
                GENESIS,
                security);
        owner.update("update security_head set last_seq = 1, last_hash = ?", security);
        return table;
    }

    private static String json(Object... values) {
        try {
            return JSON.writeValueAsString(Arrays.asList(values));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
