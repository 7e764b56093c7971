package cn.perftarget.domain.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEvent;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.db.AsOwner;
import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.security.ChainKey;
import cn.perftarget.domain.security.SecurityEvent;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.security.SecurityLogEntry;
import cn.perftarget.domain.security.SecurityOutcome;
import cn.perftarget.domain.table.SeedLikeTables;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.table.TestOrganisations;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every chain checked against its keyed hashes and the anchors: an intact database is anchored; an entry changed,
 * an entry removed, a table's whole history removed (entries and head), a history re-hashed without the key, a
 * changed security log entry and a removed anchor are each found, the check records a failure in the security log
 * (which the 审计管理员 reads) and writes no anchor. Each test restores what it broke, as the owner, and the next check
 * holds again.
 * <p>
 * A context and database of its own: other tests leave chains broken on purpose in the shared one.
 */
@SpringBootTest
@TestPropertySource(properties = "perftarget.test.own-context=IntegrityCheckTest")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class IntegrityCheckTest {

    @Autowired
    IntegrityCheck check;

    @Autowired
    IntegrityStatus status;

    @Autowired
    AuditLog audit;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedDatabase db;

    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate tx;
    long tableId;

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactionManager);
        tableId = tableWithHistory(4);
        assertThat(run().intact()).as("the database is intact before the test").isTrue();
    }

    @AfterEach
    void intactAgain() {
        assertThat(run().broken()).as("the test restored what it broke").isEmpty();
    }

    @Test
    void anIntactDatabaseIsAnchoredAndTheSuccessRecorded() {
        long before = latestAnchor();
        appendTo(tableId, "another entry");

        IntegrityReport report = run();

        assertThat(report.intact()).isTrue();
        assertThat(report.anchorNo()).isEqualTo(before + 1);
        assertThat(jdbc.queryForList(
                        "select table_id from audit_anchor_head where anchor_no = ?", Long.class, report.anchorNo()))
                .as("only the heads that moved")
                .containsExactly(tableId);
        SecurityLogEntry recorded = latestCheck();
        assertThat(recorded.event().outcome()).isEqualTo(SecurityOutcome.SUCCESS);
        assertThat(recorded.event().subject()).isEqualTo("system");
        assertThat(recorded.event().details()).startsWith("anchor=" + report.anchorNo() + " digest=" + report.digest());
        assertThat(status.latest()).hasValueSatisfying(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.anchorNo()).isEqualTo(report.anchorNo());
        });
    }

    @Test
    void aChangedEntryIsFound() {
        Runnable restore = tampering().changeEntry(tableId, 2);
        try {
            assertBroken("table:" + tableId, "第2条记录的内容与其哈希不符，已被改动");
        } finally {
            restore.run();
        }
    }

    @Test
    void aRemovedEntryIsFound() {
        Runnable restore = tampering().removeEntry(tableId, 3);
        try {
            assertBroken("table:" + tableId, "第3条记录缺失，已被删除");
        } finally {
            restore.run();
        }
    }

    @Test
    void aHistoryRemovedWholeWithItsHeadIsFoundThroughTheAnchor() {
        Runnable restore = tampering().removeChain(tableId);
        try {
            // on its own, the table has nothing left to verify
            assertThat(audit.verify(tableId).intact()).isTrue();
            assertBroken("table:" + tableId, "整条审计链（锚点登记至第4条）已被删除");
        } finally {
            restore.run();
        }
    }

    @Test
    void aHistoryReHashedWithoutTheKeyIsFound() {
        Runnable restore = tampering().reHashWithoutKey(tableId);
        try {
            // the chain on its own holds: only the anchor, keyed, tells
            assertThat(audit.verify(tableId).intact()).isTrue();
            assertBroken("table:" + tableId, "第4条记录与锚点登记的哈希不符，历史已被改写");
        } finally {
            restore.run();
        }
    }

    @Test
    void aNewHistoryForgedWithoutTheKeyIsFound() {
        long unit = TestOrganisations.newUnit(jdbc);
        long forgedTable = tx.execute(
                        s -> tables.insert(unit, 2025, SeedLikeTables.uniquelyCoded(SeedLikeTables.printing())))
                .id();
        Map<String, Object> entry = Map.of(
                "table_id",
                forgedTable,
                "seq",
                1,
                "actor",
                "mallory",
                "actor_role",
                "DRAFTER",
                "at",
                java.sql.Timestamp.from(java.time.Instant.parse("2025-01-01T00:00:00Z")),
                "action",
                "IMPORT");
        String hash = ChainKey.sha256(unkeyedCanonical(entry, null, "0".repeat(64)));
        AsOwner.inTransaction(db, owner -> {
            owner.update(
                    "insert into audit_entry (table_id, seq, actor, actor_role, at, action, prev_hash, hash, hash_format)"
                            + " values (?, 1, 'mallory', 'DRAFTER', ?, 'IMPORT', ?, ?, 'audit-v1')",
                    forgedTable,
                    entry.get("at"),
                    "0".repeat(64),
                    hash);
            owner.update("insert into audit_head (table_id, last_seq, last_hash) values (?, 1, ?)", forgedTable, hash);
        });
        try {
            assertThat(audit.verify(forgedTable).intact()).as("on its own").isTrue();
            assertBroken("table:" + forgedTable, "第1条记录为未加密钥的旧格式，却不在任何锚点登记的范围内，可能是伪造的");
        } finally {
            removeChain(forgedTable);
        }
    }

    @Test
    void aChangedSecurityLogEntryIsFound() {
        SecurityLogEntry entry =
                securityLog.append(SecurityEvent.success(SecurityEventType.LOGIN, "bumen", null, "10.0.0.1"));
        behindTheApplicationsBack(
                "security_event", "update security_event set subject = 'mallory' where seq = ?", entry.seq());
        try {
            assertBroken("security-log", "安全日志第" + entry.seq() + "条的内容与其哈希不符，已被改动");
        } finally {
            behindTheApplicationsBack(
                    "security_event", "update security_event set subject = 'bumen' where seq = ?", entry.seq());
        }
    }

    @Test
    void aRemovedAnchorIsFoundThroughTheCheckThatWroteIt() {
        long anchor = latestAnchor();
        List<Map<String, Object>> anchorRow = rows("audit_anchor", "anchor_no = " + anchor);
        List<Map<String, Object>> heads = rows("audit_anchor_head", "anchor_no = " + anchor);
        AsOwner.inTransaction(db, owner -> {
            owner.execute("alter table audit_anchor disable trigger audit_anchor_no_update_delete");
            owner.execute("alter table audit_anchor_head disable trigger audit_anchor_head_no_update_delete");
            owner.update("delete from audit_anchor_head where anchor_no = ?", anchor);
            owner.update("delete from audit_anchor where anchor_no = ?", anchor);
            owner.execute("alter table audit_anchor enable trigger audit_anchor_no_update_delete");
            owner.execute("alter table audit_anchor_head enable trigger audit_anchor_head_no_update_delete");
        });

        try {
            assertBroken("anchors", "安全日志第" + checkOf(anchor) + "条记下的审计锚点第" + anchor + "个已不存在");
        } finally {
            restore("audit_anchor", anchorRow);
            restore("audit_anchor_head", heads);
        }
    }

    @Test
    void anotherNodeCheckingAtTheSameMomentIsLeftToIt() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (Connection other = db.ownerDataSource().getConnection()) {
            Future<?> lock = pool.submit(() -> {
                try (Statement st = other.createStatement()) {
                    other.setAutoCommit(false);
                    st.execute("select pg_advisory_xact_lock(" + IntegrityCheck.LOCK + ")");
                    held.countDown();
                    release.await(30, TimeUnit.SECONDS);
                    other.rollback();
                }
                return null;
            });
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(check.run()).isEmpty();

            release.countDown();
            lock.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(check.run()).isPresent();
    }

    // ------------------------------------------------------------------ helpers

    private Tampering tampering() {
        return new Tampering(db);
    }

    private IntegrityReport run() {
        Optional<IntegrityReport> report = check.run();
        assertThat(report).as("no other node is checking").isPresent();
        return report.get();
    }

    /** The check fails naming the chain with the problem; the failure is in the security log; no anchor written. */
    private void assertBroken(String chain, String problem) {
        long anchorBefore = latestAnchor();
        IntegrityReport report = run();
        assertThat(report.intact()).isFalse();
        assertThat(report.anchorNo()).isNull();
        assertThat(report.broken()).extracting(BrokenChain::id).contains(chain);
        assertThat(problemsOf(report, chain)).contains(problem);
        assertThat(latestAnchor()).as("no anchor over a broken chain").isEqualTo(anchorBefore);
        SecurityLogEntry recorded = latestCheck();
        assertThat(recorded.event().outcome()).isEqualTo(SecurityOutcome.FAILURE);
        assertThat(recorded.event().details()).contains(chain);
        assertThat(status.latest()).hasValueSatisfying(s -> {
            assertThat(s.intact()).isFalse();
            assertThat(s.brokenChains()).contains(chain);
        });
    }

    /** The seq of the security log entry of the check that wrote the anchor. */
    private long checkOf(long anchor) {
        return securityLog.latest(SecurityEventType.AUDIT_CHECK, 1000).stream()
                .filter(e -> String.valueOf(e.event().details()).startsWith("anchor=" + anchor + " "))
                .findFirst()
                .orElseThrow()
                .seq();
    }

    /** Removes a table's entries and head, as the owner. */
    private void removeChain(long table) {
        AsOwner.inTransaction(db, owner -> {
            owner.execute("alter table audit_entry disable trigger audit_entry_no_update_delete");
            owner.execute("alter table audit_head disable trigger audit_head_guard");
            owner.update("delete from audit_entry where table_id = ?", table);
            owner.update("delete from audit_head where table_id = ?", table);
            owner.execute("alter table audit_entry enable trigger audit_entry_no_update_delete");
            owner.execute("alter table audit_head enable trigger audit_head_guard");
        });
    }

    private static List<String> problemsOf(IntegrityReport report, String chain) {
        return report.broken().stream()
                .filter(b -> b.id().equals(chain))
                .flatMap(b -> b.problems().stream())
                .map((Message m) -> MessageBundles.domain().chinese(m))
                .toList();
    }

    private long tableWithHistory(int entries) {
        long unit = TestOrganisations.newUnit(jdbc);
        long id = tx.execute(s -> tables.insert(unit, 2025, SeedLikeTables.uniquelyCoded(SeedLikeTables.printing())))
                .id();
        tx.executeWithoutResult(s -> audit.append(
                new AuditEvent(id, "d1", "DRAFTER", AuditAction.CREATE, null, TableStatus.DRAFTING, null, null)));
        for (int i = 2; i <= entries; i++) {
            appendTo(id, "第" + i + "步");
        }
        return id;
    }

    private void appendTo(long table, String comment) {
        tx.executeWithoutResult(s -> audit.append(AuditEvent.of(table, "d1", "DRAFTER", AuditAction.EDIT, comment)));
    }

    private long latestAnchor() {
        Long n = jdbc.queryForObject("select coalesce(max(anchor_no), 0) from audit_anchor", Long.class);
        return n == null ? 0 : n;
    }

    private SecurityLogEntry latestCheck() {
        return securityLog.latest(SecurityEventType.AUDIT_CHECK, 1).get(0);
    }

    /** One statement (its parameters after it) with the table's append-only trigger off, as the owner could. */
    private void behindTheApplicationsBack(String table, String sql, Object... args) {
        Object[] params = args.length == 0 ? new Object[] {tableId} : args;
        AsOwner.inTransaction(db, owner -> {
            owner.execute("alter table " + table + " disable trigger user");
            assertThat(owner.update(sql, params)).isEqualTo(1);
            owner.execute("alter table " + table + " enable trigger user");
        });
    }

    private List<Map<String, Object>> rows(String table, String where) {
        List<Map<String, Object>>[] rows = new List[1];
        AsOwner.inTransaction(db, owner -> rows[0] = owner.queryForList("select * from " + table + " where " + where));
        return rows[0];
    }

    /** Puts removed rows back as they were, as the owner. */
    private void restore(String table, List<Map<String, Object>> rows) {
        AsOwner.inTransaction(db, owner -> {
            for (Map<String, Object> row : rows) {
                List<String> columns = List.copyOf(row.keySet());
                owner.update(
                        "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                                + String.join(
                                        ", ", columns.stream().map(c -> "?").toList()) + ")",
                        columns.stream().map(row::get).toArray());
            }
        });
    }

    /** The canonical form of an entry in the unkeyed format, as anyone can compute it. */
    private static String unkeyedCanonical(Map<String, Object> e, @Nullable String comment, String prev) {
        try {
            return new ObjectMapper()
                    .writeValueAsString(Arrays.asList(
                            "audit-v1",
                            ((Number) e.get("table_id")).longValue(),
                            ((Number) e.get("seq")).intValue(),
                            e.get("actor"),
                            e.get("actor_role"),
                            ((java.sql.Timestamp) e.get("at")).toInstant().toString(),
                            e.get("action"),
                            e.get("from_state"),
                            e.get("to_state"),
                            comment,
                            e.get("revision_id"),
                            prev));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
