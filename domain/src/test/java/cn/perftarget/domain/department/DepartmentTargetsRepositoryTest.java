package cn.perftarget.domain.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.importer.SubTarget;
import cn.perftarget.domain.table.TestOrganisations;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The department parts on the real database, as the application role: round trip, versions, the history. */
@SpringBootTest
class DepartmentTargetsRepositoryTest {

    private static final DepartmentTargets SEED_004 =
            SeedDocuments.load(SeedDocuments.resource("004")).department();

    @Autowired
    DepartmentTargetsRepository parts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate tx;
    long departmentId;

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactionManager);
        departmentId = TestOrganisations.newUnit(jdbc); // any organisation row will do for storage
    }

    @Test
    void aStoredPartReadsBackEqualWithItsItemsIndicatorsAndVersion() {
        assertThat(SEED_004).isNotNull();
        assertThat(parts.find(departmentId, 2021)).isEmpty();

        StoredDepartmentTargets saved =
                inTx(() -> parts.save(departmentId, 2021, SEED_004, 0, "bumen", ChangeSource.IMPORT));

        StoredDepartmentTargets read = parts.find(departmentId, 2021).orElseThrow();
        assertThat(read.content()).isEqualTo(SEED_004);
        assertThat(read.content().subTargets())
                .extracting(SubTarget::title)
                .containsExactly("行政审批", "行政审批制度改革", "政务服务");
        assertThat(read.version()).isEqualTo(1).isEqualTo(saved.version());
        assertThat(read.updatedBy()).isEqualTo("bumen");
        assertThat(read.updatedAt()).isEqualTo(saved.updatedAt());
        assertThat(parts.find(departmentId, 2020)).as("another year").isEmpty();
    }

    @Test
    void aSaveFromAStaleVersionIsRefusedAndChangesNothing() {
        DepartmentTargets first = part("第一版");
        inTx(() -> parts.save(departmentId, 2022, first, 0, "bumen", ChangeSource.EDIT));
        inTx(() -> parts.save(departmentId, 2022, part("第二版"), 1, "bumen2", ChangeSource.EDIT));

        assertThatThrownBy(() -> inTx(() -> parts.save(departmentId, 2022, part("过时"), 1, "bumen", ChangeSource.EDIT)))
                .isInstanceOf(StaleDepartmentTargetsException.class)
                .extracting(e -> ((StaleDepartmentTargetsException) e).message().key())
                .isEqualTo("department.stale");
        assertThatThrownBy(() -> inTx(() -> parts.save(departmentId, 2022, part("又一个第一版"), 0, "x", ChangeSource.EDIT)))
                .as("a first save when one exists")
                .isInstanceOf(StaleDepartmentTargetsException.class);

        StoredDepartmentTargets now = parts.find(departmentId, 2022).orElseThrow();
        assertThat(now.content()).isEqualTo(part("第二版"));
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.updatedBy()).isEqualTo("bumen2");
    }

    @Test
    void everyChangeIsRecordedWithWhoWhenHowAndOldAndNew() {
        inTx(() -> parts.save(departmentId, 2023, part("甲"), 0, "bumen", ChangeSource.IMPORT));
        inTx(() -> parts.save(departmentId, 2023, part("乙"), 1, "bumen2", ChangeSource.EDIT));

        List<DepartmentTargetsChange> history = parts.history(departmentId, 2023);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).version()).isEqualTo(1);
        assertThat(history.get(0).changedBy()).isEqualTo("bumen");
        assertThat(history.get(0).source()).isEqualTo(ChangeSource.IMPORT);
        assertThat(history.get(0).oldContent()).isNull();
        assertThat(history.get(0).newContent()).isEqualTo(part("甲"));
        assertThat(history.get(1).version()).isEqualTo(2);
        assertThat(history.get(1).changedBy()).isEqualTo("bumen2");
        assertThat(history.get(1).source()).isEqualTo(ChangeSource.EDIT);
        assertThat(history.get(1).oldContent()).isEqualTo(part("甲"));
        assertThat(history.get(1).newContent()).isEqualTo(part("乙"));
        assertThat(history.get(1).changedAt()).isAfterOrEqualTo(history.get(0).changedAt());
    }

    @Test
    void theHistoryCannotBeChangedOrDeletedAndASaveNeedsATransaction() {
        inTx(() -> parts.save(departmentId, 2024, part("甲"), 0, "bumen", ChangeSource.EDIT));

        assertThatThrownBy(() -> jdbc.update(
                        "update department_targets_change set changed_by = 'mallory' where department_id = ?",
                        departmentId))
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() ->
                        jdbc.update("delete from department_targets_change where department_id = ?", departmentId))
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> parts.save(departmentId, 2024, part("乙"), 1, "bumen", ChangeSource.EDIT))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private static DepartmentTargets part(String overall) {
        return new DepartmentTargets(
                overall,
                "",
                List.of(new SubTarget("行政审批", "提高审批效率", "办结率≥95%"), new SubTarget("政务服务", "优化服务", "")),
                "落实责任");
    }

    private <T> T inTx(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
