package cn.perftarget.domain.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

@SpringBootTest
class TargetTableRepositoryTest {

    @Autowired
    TargetTableRepository tables;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate tx;
    long unitId;

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactionManager);
        unitId = TestOrganisations.newUnit(jdbc);
    }

    @Test
    void savedAndReloadedTablesEqualTheOriginalCellForCell() {
        tx.executeWithoutResult(status -> {
            for (TargetTable table : SeedLikeTables.all()) {
                StoredTable stored = tables.insert(unitId, 2021, table);
                assertThat(tables.get(stored.id()).content()).isEqualTo(table);
                assertThat(stored.content()).isEqualTo(table);
            }
            status.setRollbackOnly();
        });
    }

    @Test
    void aNewTableIsDraftingAtVersionZeroWithItsQueryColumnsFilled() {
        TargetTable printing = SeedLikeTables.printing();
        String code = TestOrganisations.uniqueProjectCode();
        StoredTable stored = inTx(() -> tables.insert(
                unitId,
                2021,
                SeedLikeTables.withCode(printing, " " + code)
                        .withAmounts(new MoneyCell("1.005"), printing.fiscalFunds(), printing.otherFunds())));

        assertThat(stored.status()).isEqualTo(TableStatus.DRAFTING);
        assertThat(stored.version()).isZero();
        assertThat(stored.adjusting()).isFalse();
        assertThat(stored.approvedRevisionId()).isNull();
        assertThat(stored.submittedAt()).isNull();
        assertThat(stored.createdAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(jdbc.queryForMap(
                        "select project_code, project_name, budget, unit_id, fiscal_year from target_table where id = ?",
                        stored.id()))
                .containsEntry("project_code", code)
                .containsEntry("project_name", "印刷费")
                .containsEntry("budget", new BigDecimal("1.01"))
                .containsEntry("unit_id", unitId)
                .containsEntry("fiscal_year", 2021);
    }

    @Test
    void aBlankUnreadableOrOversizedBudgetIsStoredAsNull() {
        TargetTable t = SeedLikeTables.printing().withUnit("", "", null);
        for (String budget : List.of("", "  ", "预算数   万元", "1E12")) {
            TargetTable content = new TargetTable(
                    "",
                    t.projectName(),
                    "",
                    "",
                    null,
                    new MoneyCell(budget),
                    t.fiscalFunds(),
                    t.otherFunds(),
                    t.fundPurpose(),
                    t.plan(),
                    t.goals(),
                    t.indicators());
            StoredTable stored = inTx(() -> tables.insert(unitId, 2021, content));
            assertThat(jdbc.queryForObject(
                            "select budget from target_table where id = ?", BigDecimal.class, stored.id()))
                    .as("预算数 '%s'", budget)
                    .isNull();
            assertThat(stored.content().budget().text()).isEqualTo(budget);
        }
    }

    @Test
    void anUpdateBasedOnAnOutdatedVersionIsRefused() {
        StoredTable created = inTx(() -> tables.insert(unitId, 2021, withCode(TestOrganisations.uniqueProjectCode())));
        StoredTable mine = tables.get(created.id());
        StoredTable theirs = tables.get(created.id());

        StoredTable saved =
                inTx(() -> tables.update(mine.withContent(mine.content().withGoals("1.我的修改"))));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.updatedAt()).isAfterOrEqualTo(created.updatedAt());
        assertThatThrownBy(() -> inTx(
                        () -> tables.update(theirs.withContent(theirs.content().withGoals("1.他人的修改")))))
                .isInstanceOf(StaleTableException.class)
                .hasMessage("该绩效目标表已被他人修改，请刷新后重试");
        assertThat(tables.get(created.id()).content().goals()).isEqualTo("1.我的修改");
        assertThat(tables.get(created.id()).version()).isEqualTo(1);
    }

    @Test
    void updateWritesStateAdjustmentFlagAndSubmissionTime() {
        StoredTable created = inTx(() -> tables.insert(unitId, 2021, withCode(TestOrganisations.uniqueProjectCode())));
        Instant submitted = Instant.parse("2021-03-01T02:03:04.123456Z");
        long otherUnit = TestOrganisations.newUnit(jdbc);

        StoredTable saved = inTx(() -> tables.update(created.withStatus(TableStatus.DEPT_REVIEW)
                .withAdjusting(true)
                .withSubmittedAt(submitted)
                .withUnitAndYear(otherUnit, 2022)));

        assertThat(tables.get(created.id())).isEqualTo(saved);
        assertThat(saved.status()).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(saved.adjusting()).isTrue();
        assertThat(saved.submittedAt()).isEqualTo(submitted);
        assertThat(saved.unitId()).isEqualTo(otherUnit);
        assertThat(saved.fiscalYear()).isEqualTo(2022);
        assertThat(tables.findByUnit(otherUnit, 2022)).containsExactly(saved);
        assertThat(tables.findByUnit(unitId, 2021)).isEmpty();
    }

    @Test
    void updateStateWritesWhereTheTableStandsAndKeepsItsContent() {
        StoredTable created = inTx(() -> tables.insert(unitId, 2021, withCode(TestOrganisations.uniqueProjectCode())));
        StoredTable stale = tables.get(created.id());
        Instant submitted = Instant.parse("2021-03-01T02:03:04.123456Z");

        StoredTable saved = inTx(() -> tables.updateState(created.withStatus(TableStatus.FISCAL_REVIEW)
                .withAdjusting(true)
                .withSubmittedAt(submitted)));

        assertThat(tables.get(created.id())).isEqualTo(saved);
        assertThat(saved.status()).isEqualTo(TableStatus.FISCAL_REVIEW);
        assertThat(saved.adjusting()).isTrue();
        assertThat(saved.submittedAt()).isEqualTo(submitted);
        assertThat(saved.content()).isEqualTo(created.content());
        assertThat(saved.version()).isEqualTo(1);
        // the same optimistic lock as update
        assertThatThrownBy(() -> inTx(() -> tables.updateState(stale.withStatus(TableStatus.DEPT_REVIEW))))
                .isInstanceOf(StaleTableException.class);
        assertThat(tables.get(created.id()).status()).isEqualTo(TableStatus.FISCAL_REVIEW);
    }

    @Test
    void updatingATableThatDoesNotExistSaysSo() {
        StoredTable ghost = new StoredTable(
                Long.MAX_VALUE, unitId, 2021, TableStatus.DRAFTING, false, withCode(""), null, null, null, null, 0);

        assertThatThrownBy(() -> inTx(() -> tables.update(ghost)))
                .isInstanceOf(TableNotFoundException.class)
                .hasMessageContaining("绩效目标表不存在");
    }

    @Test
    void aProjectCodeIsUniquePerFiscalYear() {
        String code = TestOrganisations.uniqueProjectCode();
        StoredTable first = inTx(() -> tables.insert(unitId, 2021, withCode(code)));

        assertThatThrownBy(() -> inTx(() -> tables.insert(unitId, 2021, withCode(" " + code + " "))))
                .isInstanceOfSatisfying(DuplicateProjectCodeException.class, e -> {
                    assertThat(e.fiscalYear()).isEqualTo(2021);
                    assertThat(e.projectCode()).isEqualTo(code);
                });
        StoredTable nextYear = inTx(() -> tables.insert(unitId, 2022, withCode(code)));
        assertThat(nextYear.id()).isNotEqualTo(first.id());
        assertThat(tables.findByYearAndCode(2021, code)).contains(first);
        assertThat(tables.findByYearAndCode(2022, " " + code)).contains(nextYear);

        assertThatThrownBy(() -> inTx(() -> tables.update(nextYear.withUnitAndYear(unitId, 2021))))
                .isInstanceOf(DuplicateProjectCodeException.class);
    }

    @Test
    void tablesWithoutAProjectCodeDoNotCollide() {
        List<StoredTable> blank = new ArrayList<>();
        for (String code : List.of("", "", "   ", "\u3000")) {
            blank.add(inTx(() -> tables.insert(unitId, 2021, withCode(code))));
        }

        assertThat(blank).extracting(StoredTable::id).doesNotHaveDuplicates();
        assertThat(tables.findByUnit(unitId, 2021)).hasSize(4);
        assertThat(tables.findByYearAndCode(2021, "")).isEmpty();
    }

    @Test
    void writesRefuseToRunOutsideATransaction() {
        assertThatThrownBy(() -> tables.insert(unitId, 2021, withCode("")))
                .isInstanceOf(IllegalTransactionStateException.class);
        StoredTable created = inTx(() -> tables.insert(unitId, 2021, withCode("")));
        assertThatThrownBy(() -> tables.update(created)).isInstanceOf(IllegalTransactionStateException.class);
    }

    private static TargetTable withCode(String code) {
        return SeedLikeTables.withCode(SeedLikeTables.printing(), code);
    }

    private <T> T inTx(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
