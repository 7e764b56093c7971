package cn.perftarget.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.db.AsOwner;
import cn.perftarget.domain.db.EmbeddedDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The security log is one chain, appended on its own, that the database refuses to change and that tells tampering. */
@SpringBootTest
class SecurityLogTest {

    @Autowired
    SecurityLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EmbeddedDatabase db;

    @Test
    void entriesChainAndStayWhenTheCallersWorkRollsBack() {
        SecurityLogEntry first =
                log.append(SecurityEvent.failure(SecurityEventType.LOGIN_FAILED, "nobody", null, "10.0.0.1"));
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(status -> {
            log.append(SecurityEvent.failure(SecurityEventType.ACCESS_REFUSED, "bianzhi", "table 42", "10.0.0.2")
                    .withDetails("review of a table outside the scope"));
            status.setRollbackOnly();
        });

        List<SecurityLogEntry> latest = log.latest(null, 2);
        assertThat(latest)
                .extracting(e -> e.event().type())
                .containsExactly(SecurityEventType.ACCESS_REFUSED, SecurityEventType.LOGIN_FAILED);
        assertThat(latest.get(0).prevHash()).isEqualTo(latest.get(1).hash());
        assertThat(latest.get(1).seq()).isEqualTo(first.seq());
        assertThat(latest.get(0).event().details()).isEqualTo("review of a table outside the scope");
        assertThat(log.latest(SecurityEventType.LOGIN_FAILED, 10))
                .allMatch(e -> e.event().type() == SecurityEventType.LOGIN_FAILED);
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteEntriesEvenToItsOwner() {
        SecurityLogEntry e = log.append(SecurityEvent.success(SecurityEventType.LOGIN, "bumen", null, null));
        // the application role has no right to (DatabaseRolesTest); the owner has, and the triggers stop it
        assertThatThrownBy(() -> asOwner("update security_event set subject = 'x' where seq = " + e.seq()))
                .hasMessageContaining("only be appended");
        assertThatThrownBy(() -> asOwner("delete from security_event where seq = " + e.seq()))
                .hasMessageContaining("only be appended");
        assertThatThrownBy(() -> asOwner("truncate security_event")).hasMessageContaining("only be appended");
        assertThatThrownBy(() -> jdbc.update("update security_head set last_seq = 0"))
                .hasMessageContaining("only moves forward");
    }

    @Test
    void anEntryReHashedWithoutTheKeyIsFound() throws Exception {
        SecurityLogEntry e = log.append(SecurityEvent.success(SecurityEventType.LOGIN, "caizheng", null, "10.0.0.9"));
        // what a forger without the key can compute: the unkeyed SHA-256 of the changed entry, format set back to it
        String forged = ChainKey.sha256(new ObjectMapper()
                .writeValueAsString(Arrays.asList(
                        "security-v1",
                        e.seq(),
                        e.at().toString(),
                        "LOGIN",
                        "mallory",
                        null,
                        "SUCCESS",
                        "10.0.0.9",
                        null,
                        e.prevHash())));
        String before = e.hash();
        AsOwner.inTransaction(db, owner -> {
            owner.execute("alter table security_event disable trigger user");
            owner.update(
                    "update security_event set subject = 'mallory', hash = ?, hash_format = 'security-v1' where seq = ?",
                    forged,
                    e.seq());
            owner.execute("alter table security_event enable trigger user");
        });
        try {
            assertThat(log.problems()).contains("安全日志第" + e.seq() + "条为未加密钥的旧格式，却排在已用密钥签名的记录之后，可能是伪造的");
        } finally {
            AsOwner.inTransaction(db, owner -> {
                owner.execute("alter table security_event disable trigger user");
                owner.update(
                        "update security_event set subject = 'caizheng', hash = ?, hash_format = 'security-v2'"
                                + " where seq = ?",
                        before,
                        e.seq());
                owner.execute("alter table security_event enable trigger user");
            });
        }
        assertThat(log.problems()).isEmpty();
    }

    /** A statement as the owner, rolled back whatever happens: the database is shared with other tests. */
    private void asOwner(String sql) {
        AsOwner.rolledBack(db, owner -> owner.execute(sql));
    }
}
