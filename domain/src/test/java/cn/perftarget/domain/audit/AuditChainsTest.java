package cn.perftarget.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.security.ChainKey;
import cn.perftarget.domain.table.SeedLikeTables;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.table.TestOrganisations;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A history hashed in bulk (keyed, in the current format: the column's default) and written with plain SQL is one
 * the audit log accepts and goes on with.
 */
@SpringBootTest
class AuditChainsTest {

    @Autowired
    AuditLog audit;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ChainKey key;

    @Test
    void bulkHashedHistoryVerifiesAndTheLogAppendsAfterIt() {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        long unit = TestOrganisations.newUnit(jdbc);
        long tableId = tx.execute(
                        s -> tables.insert(unit, 2025, SeedLikeTables.uniquelyCoded(SeedLikeTables.printing())))
                .id();
        Instant t0 = Instant.parse("2025-03-01T02:03:04.123456789Z");
        List<AuditEntry> chain = AuditChains.chain(
                key,
                List.of(
                        new AuditChains.TimedEvent(
                                new AuditEvent(
                                        tableId,
                                        "d1",
                                        "DRAFTER",
                                        AuditAction.CREATE,
                                        null,
                                        TableStatus.DRAFTING,
                                        null,
                                        null),
                                t0),
                        new AuditChains.TimedEvent(
                                AuditEvent.of(tableId, "d1", "DRAFTER", AuditAction.EDIT, "改预算"),
                                t0.plusSeconds(3600))));

        assertThat(chain).extracting(AuditEntry::seq).containsExactly(1, 2);
        assertThat(chain.get(0).prevHash()).isEqualTo(AuditHasher.GENESIS);
        assertThat(chain.get(1).prevHash()).isEqualTo(chain.get(0).hash());
        assertThat(chain.get(0).at()).isEqualTo(Instant.parse("2025-03-01T02:03:04.123456Z"));

        tx.executeWithoutResult(s -> {
            for (AuditEntry e : chain) {
                jdbc.update(
                        """
                                insert into audit_entry (table_id, seq, actor, actor_role, at, action, from_state,
                                    to_state, comment, revision_id, prev_hash, hash)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        e.tableId(),
                        e.seq(),
                        e.actor(),
                        e.actorRole(),
                        Timestamp.from(e.at()),
                        e.action().name(),
                        e.fromState() == null ? null : e.fromState().name(),
                        e.toState() == null ? null : e.toState().name(),
                        e.comment(),
                        e.revisionId(),
                        e.prevHash(),
                        e.hash());
            }
            AuditEntry last = chain.get(chain.size() - 1);
            jdbc.update(
                    "insert into audit_head (table_id, last_seq, last_hash) values (?, ?, ?)",
                    tableId,
                    last.seq(),
                    last.hash());
        });
        assertThat(audit.verify(tableId).intact()).isTrue();

        AuditEntry next =
                tx.execute(s -> audit.append(AuditEvent.of(tableId, "d1", "DRAFTER", AuditAction.EDIT, "再改")));
        assertThat(next.seq()).isEqualTo(3);
        assertThat(next.prevHash()).isEqualTo(chain.get(1).hash());
        assertThat(audit.verify(tableId).intact()).isTrue();
    }

    @Test
    void aChainBelongsToOneTable() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> AuditChains.chain(
                        key,
                        List.of(
                                new AuditChains.TimedEvent(
                                        AuditEvent.of(1, "a", "DRAFTER", AuditAction.EDIT, null), now),
                                new AuditChains.TimedEvent(
                                        AuditEvent.of(2, "a", "DRAFTER", AuditAction.EDIT, null), now))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
