package cn.perftarget.domain.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.SeedTables;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff on every real seed table, duplicates and blank template rows included. */
class RevisionDiffOnSeedsTest {

    private static final IndicatorRow NEW_ROW = IndicatorRow.of("产出指标", "时效指标", "资金支付及时率", "按合同约定及时支付", "≥95%", "合同约定");

    @Test
    void insertingARowAnywhereShowsExactlyThatRow() {
        for (TargetTable table : allSeedTables()) {
            for (int at = 0; at <= table.indicators().size(); at++) {
                List<IndicatorRow> rows = new ArrayList<>(table.indicators());
                rows.add(at, NEW_ROW);

                RevisionDiff diff = RevisionDiff.between(table, table.withIndicators(rows));

                assertThat(diff.rows())
                        .as("%s, row inserted at %d", table.projectName(), at + 1)
                        .extracting(RowChange::type, RowChange::afterRow)
                        .containsExactly(tuple(ChangeType.ADDED, at + 1));
            }
        }
    }

    @Test
    void removingARowAnywhereShowsExactlyOneRemovedRow() {
        for (TargetTable table : allSeedTables()) {
            for (int at = 0; at < table.indicators().size(); at++) {
                List<IndicatorRow> rows = new ArrayList<>(table.indicators());
                IndicatorRow removed = rows.remove(at);

                RevisionDiff diff = RevisionDiff.between(table, table.withIndicators(rows));

                assertThat(diff.rows())
                        .as("%s, row %d removed", table.projectName(), at + 1)
                        .singleElement()
                        .satisfies(change -> {
                            assertThat(change.type()).isEqualTo(ChangeType.REMOVED);
                            assertThat(change.before()).isEqualTo(removed);
                        });
            }
        }
    }

    @Test
    void changingOneValueShowsOneChangedCell() {
        for (TargetTable table : allSeedTables()) {
            for (int at = 0; at < table.indicators().size(); at++) {
                List<IndicatorRow> rows = new ArrayList<>(table.indicators());
                IndicatorRow r = rows.get(at);
                rows.set(
                        at,
                        IndicatorRow.of(
                                r.level1(),
                                r.level2(),
                                r.level3(),
                                r.description(),
                                r.valueText() + "（修改）",
                                r.basis()));

                RevisionDiff diff = RevisionDiff.between(table, table.withIndicators(rows));

                assertThat(diff.rows())
                        .as("%s, row %d changed", table.projectName(), at + 1)
                        .singleElement()
                        .satisfies(change -> {
                            assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
                            assertThat(change.cells())
                                    .extracting(CellChange::column)
                                    .containsExactly(IndicatorColumn.VALUE);
                        });
            }
        }
    }

    @Test
    void twoDifferentSeedTablesOfOneUnitDifferInEveryHeaderFieldTheyDoNotShare() {
        List<TargetTable> seed = SeedTables.of(SeedTables.FILES.get(3));
        TargetTable a = seed.get(0);
        TargetTable b = seed.get(1);

        RevisionDiff diff = RevisionDiff.between(a, b);

        assertThat(diff.fields())
                .extracting(FieldChange::field)
                .contains(TableField.PROJECT_CODE, TableField.PROJECT_NAME);
        assertThat(diff.fields())
                .allSatisfy(c ->
                        assertThat(c.before().strip()).isNotEqualTo(c.after().strip()));
    }

    private static List<TargetTable> allSeedTables() {
        List<TargetTable> all = new ArrayList<>();
        SeedTables.FILES.forEach(f -> all.addAll(SeedTables.of(f)));
        assertThat(all).hasSize(42);
        return all;
    }
}
