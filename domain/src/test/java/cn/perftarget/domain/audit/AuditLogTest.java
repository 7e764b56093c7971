package cn.perftarget.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.perftarget.domain.db.AsOwner;
import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionKind;
import cn.perftarget.domain.revision.RevisionRepository;
import cn.perftarget.domain.security.ChainKey;
import cn.perftarget.domain.table.SeedLikeTables;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableNotFoundException;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.table.TestOrganisations;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AuditLogTest {

    private static final String ENTRY_TRIGGER = "audit_entry_no_update_delete";

    @Autowired
    AuditLog audit;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    RevisionRepository revisions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EmbeddedDatabase db;

    @Autowired
    ChainKey key;

    TransactionTemplate tx;
    long tableId;
    ExecutorService pool = Executors.newFixedThreadPool(2);

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactionManager);
        long unit = TestOrganisations.newUnit(jdbc);
        tableId = inTx(() -> tables.insert(unit, 2021, SeedLikeTables.uniquelyCoded(SeedLikeTables.printing())))
                .id();
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void entriesAreNumberedAndChainedPerTable() {
        Revision revision = inTx(() -> revisions.freeze(tableId, RevisionKind.DRAFT, SeedLikeTables.printing(), "d1"));
        AuditEntry created = append(
                new AuditEvent(tableId, "d1", "DRAFTER", AuditAction.CREATE, null, TableStatus.DRAFTING, null, null));
        AuditEntry submitted = append(new AuditEvent(
                tableId,
                "d1",
                "DRAFTER",
                AuditAction.SUBMIT,
                TableStatus.DRAFTING,
                TableStatus.DEPT_REVIEW,
                "请审核",
                revision.id()));
        AuditEntry returned = append(new AuditEvent(
                tableId,
                "r1",
                "DEPT_REVIEWER",
                AuditAction.RETURN,
                TableStatus.DEPT_REVIEW,
                TableStatus.DRAFTING,
                "绩效目标为占位文字，请补充",
                revision.id()));

        assertThat(List.of(created, submitted, returned))
                .extracting(AuditEntry::seq)
                .containsExactly(1, 2, 3);
        assertThat(created.prevHash()).isEqualTo("0".repeat(64));
        assertThat(submitted.prevHash()).isEqualTo(created.hash());
        assertThat(returned.prevHash()).isEqualTo(submitted.hash());
        assertThat(created.hash()).hasSize(64).isNotEqualTo(submitted.hash());
        assertThat(audit.history(tableId)).containsExactly(created, submitted, returned);
        assertThat(audit.history(tableId))
                .extracting(
                        AuditEntry::actor,
                        AuditEntry::actorRole,
                        AuditEntry::action,
                        AuditEntry::fromState,
                        AuditEntry::toState,
                        AuditEntry::comment,
                        AuditEntry::revisionId)
                .containsExactly(
                        tuple("d1", "DRAFTER", AuditAction.CREATE, null, TableStatus.DRAFTING, null, null),
                        tuple(
                                "d1",
                                "DRAFTER",
                                AuditAction.SUBMIT,
                                TableStatus.DRAFTING,
                                TableStatus.DEPT_REVIEW,
                                "请审核",
                                revision.id()),
                        tuple(
                                "r1",
                                "DEPT_REVIEWER",
                                AuditAction.RETURN,
                                TableStatus.DEPT_REVIEW,
                                TableStatus.DRAFTING,
                                "绩效目标为占位文字，请补充",
                                revision.id()));
        assertThat(audit.verify(tableId).intact()).isTrue();
        assertThat(audit.verify(tableId).entries()).isEqualTo(3);
    }

    @Test
    void appendingNeedsATransactionAndAnExistingTable() {
        assertThatThrownBy(() -> audit.append(AuditEvent.of(tableId, "d1", "DRAFTER", AuditAction.EDIT, null)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> append(AuditEvent.of(Long.MAX_VALUE, "d1", "DRAFTER", AuditAction.EDIT, null)))
                .isInstanceOf(TableNotFoundException.class);
        assertThatThrownBy(() -> AuditEvent.of(tableId, " ", "DRAFTER", AuditAction.EDIT, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an audit entry needs an actor");
        assertThat(audit.history(tableId)).isEmpty();
    }

    @Test
    void anEntryMustConcernARevisionOfTheSameTable() {
        long otherUnit = TestOrganisations.newUnit(jdbc);
        StoredTable other =
                inTx(() -> tables.insert(otherUnit, 2021, SeedLikeTables.uniquelyCoded(SeedLikeTables.awkward())));
        Revision foreign = inTx(() -> revisions.freeze(other.id(), RevisionKind.DRAFT, other.content(), "x"));

        assertThatThrownBy(() -> append(new AuditEvent(
                        tableId,
                        "d1",
                        "DRAFTER",
                        AuditAction.SUBMIT,
                        TableStatus.DRAFTING,
                        TableStatus.DEPT_REVIEW,
                        null,
                        foreign.id())))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void theDatabaseRefusesToChangeDeleteOrTruncateTheHistoryEvenToItsOwner() {
        appendSome(2);
        String message = "审计记录只能追加，不得修改、删除或清空";

        // the application role has no right to (DatabaseRolesTest); the owner has, and the triggers stop it
        assertThatThrownBy(() -> asOwner("update audit_entry set comment = '改' where table_id = " + tableId))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining(message);
        assertThatThrownBy(() -> asOwner("delete from audit_entry where seq = 2 and table_id = " + tableId))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining(message);
        assertThatThrownBy(() -> asOwner("truncate audit_entry"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining(message);
        assertThatThrownBy(() -> asOwner("delete from audit_head where table_id = " + tableId))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("审计链头只能随新记录前移");
        // the application role may move a head forward only
        assertThatThrownBy(() -> jdbc.update("update audit_head set last_seq = 1 where table_id = ?", tableId))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("审计链头只能随新记录前移");

        assertThat(audit.verify(tableId).intact()).isTrue();
        assertThat(audit.history(tableId)).hasSize(2);
    }

    @Test
    void verificationFindsAnEntryChangedBehindTheApplicationsBack() {
        appendSome(4);

        behindTheApplicationsBack("update audit_entry set comment = '同意' where table_id = ? and seq = 2");

        assertThat(audit.verify(tableId).problems())
                .extracting(AuditProblem::seq, AuditProblem::kind)
                .containsExactly(tuple(2, AuditProblem.Kind.TAMPERED));
    }

    @Test
    void verificationFindsAChangedActorTimeOrState() {
        appendSome(5);

        behindTheApplicationsBack(
                "update audit_entry set actor = 'mallory' where table_id = ? and seq = 1",
                "update audit_entry set at = at - interval '1 day' where table_id = ? and seq = 3",
                "update audit_entry set to_state = 'APPROVED' where table_id = ? and seq = 5");

        AuditVerification result = audit.verify(tableId);
        assertThat(result.intact()).isFalse();
        assertThat(result.problems())
                .extracting(AuditProblem::seq, AuditProblem::kind)
                .containsExactly(
                        tuple(1, AuditProblem.Kind.TAMPERED),
                        tuple(3, AuditProblem.Kind.TAMPERED),
                        tuple(5, AuditProblem.Kind.TAMPERED));
        assertThat(MessageBundles.domain().chinese(result.problems().get(0).message()))
                .isEqualTo("第1条记录的内容与其哈希不符，已被改动");
    }

    @Test
    void verificationFindsADeletedEntryInTheMiddleAndAtTheEnd() {
        appendSome(5);

        behindTheApplicationsBack(
                "delete from audit_entry where table_id = ? and seq = 2",
                "delete from audit_entry where table_id = ? and seq = 5");

        AuditVerification result = audit.verify(tableId);
        assertThat(result.entries()).isEqualTo(3);
        assertThat(result.problems())
                .extracting(AuditProblem::seq, AuditProblem::kind)
                .containsExactly(tuple(2, AuditProblem.Kind.MISSING), tuple(5, AuditProblem.Kind.MISSING));
    }

    @Test
    void verificationFindsSwappedEntries() {
        appendSome(4);

        behindTheApplicationsBack(
                "update audit_entry set seq = 1002 where table_id = ? and seq = 2",
                "update audit_entry set seq = 2 where table_id = ? and seq = 3",
                "update audit_entry set seq = 3 where table_id = ? and seq = 1002");

        assertThat(audit.verify(tableId).problems())
                .extracting(
                        AuditProblem::seq,
                        AuditProblem::kind,
                        p -> MessageBundles.domain().chinese(p.message()))
                .containsExactly(
                        tuple(2, AuditProblem.Kind.REORDERED, "第2条记录原为第3条，顺序被调换"),
                        tuple(3, AuditProblem.Kind.REORDERED, "第3条记录原为第2条，顺序被调换"));
    }

    @Test
    void verificationFindsAnEntryReplacedWithAHashRecomputedWithoutTheKey() {
        appendSome(4);
        AuditEntry second = audit.history(tableId).get(1);
        StoredEntry forged = new StoredEntry(
                second.id(),
                tableId,
                2,
                "mallory",
                second.actorRole(),
                second.at(),
                second.action().name(),
                null,
                null,
                "伪造",
                null,
                second.prevHash(),
                "",
                AuditHasher.V2);
        // the hash as the application computes it, but with a key of the forger's choosing
        String forgedHash = new AuditHasher(new ChainKey(new byte[32])).hash(forged);

        behindTheApplicationsBack("update audit_entry set actor = 'mallory', from_state = null, to_state = null,"
                + " comment = '伪造', revision_id = null, hash = '" + forgedHash + "' where table_id = ? and seq = 2");

        assertThat(audit.verify(tableId).problems())
                .extracting(AuditProblem::seq, AuditProblem::kind)
                .containsExactly(tuple(2, AuditProblem.Kind.TAMPERED));
    }

    @Test
    void verificationFindsAnEntryReplacedInTheUnkeyedFormatAfterKeyedOnes() {
        appendSome(4);
        AuditEntry second = audit.history(tableId).get(1);
        StoredEntry forged = new StoredEntry(
                second.id(),
                tableId,
                2,
                "mallory",
                second.actorRole(),
                second.at(),
                second.action().name(),
                null,
                null,
                "伪造",
                null,
                second.prevHash(),
                "",
                AuditHasher.V1);
        // the unkeyed SHA-256 anyone can compute, with the format set back to it
        String forgedHash = new AuditHasher(new ChainKey(new byte[32])).hash(forged);

        behindTheApplicationsBack("update audit_entry set actor = 'mallory', from_state = null, to_state = null,"
                + " comment = '伪造', revision_id = null, hash_format = 'audit-v1', hash = '" + forgedHash
                + "' where table_id = ? and seq = 2");

        assertThat(audit.verify(tableId).problems())
                .extracting(
                        AuditProblem::seq,
                        AuditProblem::kind,
                        p -> MessageBundles.domain().chinese(p.message()))
                .containsExactly(tuple(2, AuditProblem.Kind.TAMPERED, "第2条记录为未加密钥的旧格式，却排在已用密钥签名的记录之后，可能是伪造的"));
    }

    @Test
    void verificationFindsAReplacedLastEntryThroughTheHead() {
        appendSome(3);
        AuditEntry last = audit.history(tableId).get(2);
        StoredEntry forged = new StoredEntry(
                last.id(),
                tableId,
                3,
                last.actor(),
                last.actorRole(),
                last.at(),
                AuditAction.APPROVE.name(),
                null,
                null,
                null,
                null,
                last.prevHash(),
                "",
                AuditHasher.V2);
        // recomputed with the key (as if it had leaked): only the head, which recorded the hash, tells
        String recomputed = new AuditHasher(key).hash(forged);

        behindTheApplicationsBack("update audit_entry set action = 'APPROVE', from_state = null, to_state = null,"
                + " comment = null, revision_id = null, hash = '" + recomputed
                + "' where table_id = ? and seq = 3");

        assertThat(audit.verify(tableId).problems())
                .extracting(AuditProblem::seq, AuditProblem::kind)
                .containsExactly(tuple(3, AuditProblem.Kind.TAMPERED));
    }

    @Test
    void verificationReportsAnUnknownActionInsteadOfFailing() {
        appendSome(2);

        behindTheApplicationsBack("update audit_entry set action = 'ERASE' where table_id = ? and seq = 1");

        assertThat(audit.verify(tableId).problems())
                .extracting(AuditProblem::seq, AuditProblem::kind)
                .containsExactly(tuple(1, AuditProblem.Kind.TAMPERED));
    }

    @Test
    void appendingGoesOnAfterTheLastEntryWasDeletedAndTheGapStaysVisible() {
        appendSome(3);
        String deletedHash = audit.history(tableId).get(2).hash();
        behindTheApplicationsBack("delete from audit_entry where table_id = ? and seq = 3");

        AuditEntry next = append(AuditEvent.of(tableId, "d1", "DRAFTER", AuditAction.EDIT, "继续"));

        assertThat(next.seq()).isEqualTo(4);
        assertThat(next.prevHash()).isEqualTo(deletedHash);
        assertThat(audit.verify(tableId).problems())
                .extracting(AuditProblem::seq, AuditProblem::kind)
                .containsExactly(tuple(3, AuditProblem.Kind.MISSING));
    }

    @Test
    void aRemovedChainHeadIsReportedAndAppendingGoesOn() {
        appendSome(2);
        AsOwner.inTransaction(db, owner -> {
            owner.execute("alter table audit_head disable trigger audit_head_guard");
            owner.update("delete from audit_head where table_id = ?", tableId);
            owner.execute("alter table audit_head enable trigger audit_head_guard");
        });

        assertThat(audit.verify(tableId).problems())
                .extracting(AuditProblem::seq, AuditProblem::kind)
                .containsExactly(tuple(2, AuditProblem.Kind.TAMPERED));
        AuditEntry next = append(AuditEvent.of(tableId, "d1", "DRAFTER", AuditAction.EDIT, "继续"));
        assertThat(next.seq()).isEqualTo(3);
        assertThat(next.prevHash()).isEqualTo(audit.history(tableId).get(1).hash());
    }

    @Test
    void concurrentAppendsTakeConsecutiveSeqsAndKeepTheChain() throws Exception {
        int perThread = 15;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<AuditEntry>>> results = new ArrayList<>();
        for (String actor : List.of("reviewerA", "reviewerB")) {
            results.add(pool.submit(() -> {
                await(start);
                List<AuditEntry> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    mine.add(append(AuditEvent.of(tableId, actor, "DEPT_REVIEWER", AuditAction.EDIT, actor + i)));
                }
                return mine;
            }));
        }
        start.countDown();
        List<Integer> seqs = new ArrayList<>();
        for (Future<List<AuditEntry>> f : results) {
            f.get(60, TimeUnit.SECONDS).forEach(e -> seqs.add(e.seq()));
        }

        assertThat(seqs)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 2 * perThread).boxed().toList());
        assertThat(audit.history(tableId)).hasSize(2 * perThread);
        assertThat(audit.verify(tableId).intact()).isTrue();
    }

    @Test
    void aSecondAppenderWaitsForTheFirstTransactionToEnd() throws Exception {
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        Future<AuditEntry> first = pool.submit(() -> tx.execute(status -> {
            AuditEntry e = audit.append(AuditEvent.of(tableId, "a", "DRAFTER", AuditAction.EDIT, "first"));
            firstAppended.countDown();
            await(commitFirst);
            return e;
        }));
        assertThat(firstAppended.await(30, TimeUnit.SECONDS)).isTrue();

        Future<AuditEntry> second =
                pool.submit(() -> append(AuditEvent.of(tableId, "b", "DRAFTER", AuditAction.EDIT, "second")));
        waitUntilABackendWaitsForALock();
        assertThat(second.isDone()).isFalse();
        commitFirst.countDown();

        AuditEntry a = first.get(30, TimeUnit.SECONDS);
        AuditEntry b = second.get(30, TimeUnit.SECONDS);
        assertThat(a.seq()).isEqualTo(1);
        assertThat(b.seq()).isEqualTo(2);
        assertThat(b.prevHash()).isEqualTo(a.hash());
        assertThat(audit.verify(tableId).intact()).isTrue();
    }

    @Test
    void nothingIsWrittenWhenTheCallersTransactionRollsBack() {
        long unit = TestOrganisations.newUnit(jdbc);
        long[] ids = new long[2];
        tx.executeWithoutResult(status -> {
            StoredTable t = tables.insert(unit, 2021, SeedLikeTables.uniquelyCoded(SeedLikeTables.printing()));
            Revision r = revisions.freeze(t.id(), RevisionKind.DRAFT, t.content(), "d1");
            audit.append(new AuditEvent(
                    t.id(),
                    "d1",
                    "DRAFTER",
                    AuditAction.SUBMIT,
                    TableStatus.DRAFTING,
                    TableStatus.DEPT_REVIEW,
                    null,
                    r.id()));
            tables.update(t.withStatus(TableStatus.DEPT_REVIEW));
            ids[0] = t.id();
            ids[1] = r.id();
            status.setRollbackOnly();
        });

        assertThat(tables.findById(ids[0])).isEmpty();
        assertThat(revisions.findById(ids[1])).isEmpty();
        assertThat(audit.history(ids[0])).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_head where table_id = ?", Integer.class, ids[0]))
                .isZero();
    }

    private void appendSome(int n) {
        List<TableStatus> states = List.of(TableStatus.DRAFTING, TableStatus.DEPT_REVIEW, TableStatus.FISCAL_REVIEW);
        for (int i = 0; i < n; i++) {
            append(new AuditEvent(
                    tableId,
                    "user" + i,
                    "DRAFTER",
                    AuditAction.values()[i],
                    states.get(i % 3),
                    states.get((i + 1) % 3),
                    "第" + (i + 1) + "步",
                    null));
        }
    }

    /**
     * Runs statements (each with the table id as parameter) with the append-only trigger off, as the owner of the
     * tables could.
     */
    private void behindTheApplicationsBack(String... statements) {
        AsOwner.inTransaction(db, owner -> {
            owner.execute("alter table audit_entry disable trigger " + ENTRY_TRIGGER);
            for (String sql : statements) {
                assertThat(owner.update(sql, tableId)).isEqualTo(1);
            }
            owner.execute("alter table audit_entry enable trigger " + ENTRY_TRIGGER);
        });
    }

    /** A statement as the owner, rolled back whatever happens: the database is shared with other tests. */
    private void asOwner(String sql) {
        AsOwner.rolledBack(db, owner -> owner.execute(sql));
    }

    private void waitUntilABackendWaitsForALock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Integer waiting = jdbc.queryForObject("""
                    select count(*) from pg_stat_activity
                    where datname = current_database()
                      and wait_event_type = 'Lock' and query like '%for no key update%'""", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("第二个事务没有等待行锁");
    }

    /** Waits for the latch in a worker; a time-out fails the test (through the worker's Future). */
    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS))
                    .as("latch counted down within 30 s")
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the latch", e);
        }
    }

    private AuditEntry append(AuditEvent event) {
        return inTx(() -> audit.append(event));
    }

    private <T> T inTx(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
