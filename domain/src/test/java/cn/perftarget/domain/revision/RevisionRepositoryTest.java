package cn.perftarget.domain.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.db.AsOwner;
import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.table.SeedLikeTables;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableNotFoundException;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.table.TestOrganisations;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class RevisionRepositoryTest {

    @Autowired
    RevisionRepository revisions;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EmbeddedDatabase db;

    TransactionTemplate tx;
    StoredTable table;

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactionManager);
        long unit = TestOrganisations.newUnit(jdbc);
        table = inTx(() -> tables.insert(unit, 2021, SeedLikeTables.uniquelyCoded(SeedLikeTables.expertReview())));
    }

    @Test
    void revisionsAreNumberedPerTableAndKeepTheirSnapshot() {
        TargetTable first = SeedLikeTables.expertReview();
        TargetTable second = first.withGoals("1.合理有效使用资金，保障政府采购各项工作顺利开展。");

        Revision r1 = inTx(() -> revisions.freeze(table.id(), RevisionKind.DRAFT, first, "drafter442004"));
        Revision r2 = inTx(() -> revisions.freeze(table.id(), RevisionKind.APPROVED, second, "fiscal1"));
        long otherUnit = TestOrganisations.newUnit(jdbc);
        StoredTable other =
                inTx(() -> tables.insert(otherUnit, 2021, SeedLikeTables.uniquelyCoded(SeedLikeTables.awkward())));
        Revision otherFirst = inTx(() -> revisions.freeze(other.id(), RevisionKind.DRAFT, other.content(), "someone"));

        assertThat(r1.revisionNo()).isEqualTo(1);
        assertThat(r2.revisionNo()).isEqualTo(2);
        assertThat(otherFirst.revisionNo()).isEqualTo(1);
        assertThat(revisions.listByTable(table.id())).containsExactly(r1, r2);
        assertThat(revisions.find(table.id(), 2)).contains(r2);
        assertThat(revisions.findById(r1.id())).contains(r1);
        assertThat(revisions.latest(table.id())).contains(r2);
        assertThat(r1.snapshot()).isEqualTo(first);
        assertThat(r2.kind()).isEqualTo(RevisionKind.APPROVED);
        assertThat(r2.createdBy()).isEqualTo("fiscal1");
        assertThat(revisions.find(table.id(), 3)).isEmpty();
    }

    @Test
    void aRevisionFrozenAgainKeepsItsSnapshotUnderTheNextNumberAndOnlyWithinItsTable() {
        TargetTable submitted = SeedLikeTables.expertReview();
        Revision draft = inTx(() -> revisions.freeze(table.id(), RevisionKind.DRAFT, submitted, "drafter442004"));
        long otherUnit = TestOrganisations.newUnit(jdbc);
        StoredTable other =
                inTx(() -> tables.insert(otherUnit, 2021, SeedLikeTables.uniquelyCoded(SeedLikeTables.awkward())));

        Revision approved = inTx(() -> revisions
                .refreeze(table.id(), draft.id(), RevisionKind.APPROVED, "fiscal1")
                .orElseThrow());

        assertThat(approved.revisionNo()).isEqualTo(2);
        assertThat(approved.kind()).isEqualTo(RevisionKind.APPROVED);
        assertThat(approved.createdBy()).isEqualTo("fiscal1");
        assertThat(approved.snapshot()).isEqualTo(submitted);
        assertThat(revisions.listByTable(table.id())).containsExactly(draft, approved);
        // another table's revision is not copied, nor one that does not exist
        assertThat(inTx(() -> revisions.refreeze(other.id(), draft.id(), RevisionKind.APPROVED, "fiscal1")))
                .isEmpty();
        assertThat(inTx(() -> revisions.refreeze(table.id(), -1, RevisionKind.APPROVED, "fiscal1")))
                .isEmpty();
        assertThat(revisions.listByTable(other.id())).isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteARevisionEvenToItsOwner() {
        Revision r = inTx(() -> revisions.freeze(table.id(), RevisionKind.DRAFT, table.content(), "drafter"));

        // the application role has no right to (DatabaseRolesTest); the owner has, and the trigger stops it
        assertThatThrownBy(() -> asOwner("update table_revision set created_by = 'mallory' where id = " + r.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("版本快照一经冻结不可修改或删除");
        assertThatThrownBy(() -> asOwner("update table_revision set snapshot = '{}'::jsonb where id = " + r.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("版本快照一经冻结不可修改或删除");
        assertThatThrownBy(() -> asOwner("delete from table_revision where id = " + r.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("版本快照一经冻结不可修改或删除");
        assertThatThrownBy(() -> asOwner("truncate table_revision cascade"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("不可修改或删除");

        assertThat(revisions.findById(r.id())).contains(r);
    }

    /** A statement as the owner, rolled back whatever happens: the database is shared with other tests. */
    private void asOwner(String sql) {
        AsOwner.rolledBack(db, owner -> owner.execute(sql));
    }

    @Test
    void theApprovedRevisionMustBeOneOfTheTablesOwn() {
        long otherUnit = TestOrganisations.newUnit(jdbc);
        StoredTable other =
                inTx(() -> tables.insert(otherUnit, 2021, SeedLikeTables.uniquelyCoded(SeedLikeTables.awkward())));
        Revision foreign = inTx(() -> revisions.freeze(other.id(), RevisionKind.APPROVED, other.content(), "x"));
        Revision own = inTx(() -> revisions.freeze(table.id(), RevisionKind.APPROVED, table.content(), "x"));

        assertThatThrownBy(() -> inTx(() -> tables.update(table.withApprovedRevisionId(foreign.id()))))
                .isInstanceOf(DataIntegrityViolationException.class);
        StoredTable approved = inTx(() -> tables.update(table.withApprovedRevisionId(own.id())));
        assertThat(approved.approvedRevisionId()).isEqualTo(own.id());
    }

    @Test
    void freezingNeedsATransactionAndAnExistingTable() {
        assertThatThrownBy(() -> revisions.freeze(table.id(), RevisionKind.DRAFT, table.content(), "drafter"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> inTx(() -> revisions.freeze(Long.MAX_VALUE, RevisionKind.DRAFT, table.content(), "d")))
                .isInstanceOf(TableNotFoundException.class);
        assertThat(revisions.listByTable(table.id())).isEmpty();
    }

    private <T> T inTx(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
