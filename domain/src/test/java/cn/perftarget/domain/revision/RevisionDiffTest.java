package cn.perftarget.domain.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.SeedLikeTables;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    private final TargetTable printing = SeedLikeTables.printing();

    @Test
    void equalTablesHaveNoDifferences() {
        assertThat(RevisionDiff.between(printing, SeedLikeTables.printing()).isEmpty())
                .isTrue();
    }

    @Test
    void amountsArePairedByValueAndTextsWithoutSurroundingSpace() {
        TargetTable reformatted = printing.withAmounts(
                        new MoneyCell("1"), new MoneyCell(" 1.0 "), new MoneyCell("0.00"))
                .withFundPurpose(printing.fundPurpose() + "  \n")
                .withPlan(new SpendingPlan("", "", "", ""));

        assertThat(RevisionDiff.between(printing, reformatted).isEmpty()).isTrue();
    }

    @Test
    void reportsEachChangedHeaderFieldWithOldAndNewText() {
        TargetTable edited = printing.withAmounts(new MoneyCell("1.00"), new MoneyCell("1.00"), new MoneyCell(""))
                .withPlan(new SpendingPlan("25%", "50%", "", "100%"))
                .withGoals("1.满足政府采购业务的印刷业务需求。");

        RevisionDiff diff = RevisionDiff.between(printing, edited);

        assertThat(diff.fields())
                .extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactly(
                        tuple(TableField.OTHER_FUNDS, "0", ""),
                        tuple(TableField.PLAN_MARCH, "", "25%"),
                        tuple(TableField.PLAN_JUNE, "", "50%"),
                        tuple(TableField.PLAN_DECEMBER, "", "100%"),
                        tuple(TableField.GOALS, printing.goals(), "1.满足政府采购业务的印刷业务需求。"));
        assertThat(diff.rows()).isEmpty();
    }

    @Test
    void aPercentageAndTheSameBareNumberDiffer() {
        TargetTable a = printing.withPlan(new SpendingPlan("25%", "50%", "75%", "100%"));
        TargetTable b = printing.withPlan(new SpendingPlan("25", "50.0%", "75%", "100%"));

        assertThat(RevisionDiff.between(a, b).fields())
                .extracting(FieldChange::field)
                .containsExactly(TableField.PLAN_MARCH);
    }

    @Test
    void insertingOneRowInTheMiddleShowsOnlyThatRow() {
        List<IndicatorRow> rows = new ArrayList<>(printing.indicators());
        IndicatorRow cost = IndicatorRow.of("产出指标", "成本指标", "印刷成本", "全年印刷费用", "≤1万元", "预算批复");
        rows.add(3, cost);

        RevisionDiff diff = RevisionDiff.between(printing, printing.withIndicators(rows));

        assertThat(diff.fields()).isEmpty();
        assertThat(diff.rows()).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(ChangeType.ADDED);
            assertThat(change.afterRow()).isEqualTo(4);
            assertThat(change.beforeRow()).isNull();
            assertThat(change.after()).isEqualTo(cost);
        });
    }

    @Test
    void removingOneRowShowsOnlyThatRowWhereItStood() {
        List<IndicatorRow> rows = new ArrayList<>(printing.indicators());
        IndicatorRow removed = rows.remove(2);

        RevisionDiff diff = RevisionDiff.between(printing, printing.withIndicators(rows));

        assertThat(diff.rows())
                .extracting(RowChange::type, RowChange::beforeRow, RowChange::before)
                .containsExactly(tuple(ChangeType.REMOVED, 3, removed));
    }

    @Test
    void aChangedValueIsOneChangedCell() {
        List<IndicatorRow> rows = new ArrayList<>(printing.indicators());
        IndicatorRow old = rows.get(6);
        rows.set(6, IndicatorRow.of(old.level1(), old.level2(), old.level3(), old.description(), "≥95%", old.basis()));

        RevisionDiff diff = RevisionDiff.between(printing, printing.withIndicators(rows));

        assertThat(diff.rows()).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
            assertThat(change.beforeRow()).isEqualTo(7);
            assertThat(change.afterRow()).isEqualTo(7);
            assertThat(change.cells())
                    .extracting(CellChange::column, CellChange::before, CellChange::after)
                    .containsExactly(tuple(IndicatorColumn.VALUE, "100%", "≥95%"));
        });
    }

    @Test
    void aRowWhoseNameAndValueWereRewrittenIsChangedNotRemovedAndAdded() {
        // the fiscal reviewer's 良 edit: the vague 质量 row becomes a measurable one
        List<IndicatorRow> rows = new ArrayList<>(printing.indicators());
        rows.set(1, IndicatorRow.of("产出指标", "质量指标", "印刷质量合格率", "满足机构运行需求，提高工作效率，更好完成工作任务", "≥98%", "实际工作需要"));

        RevisionDiff diff = RevisionDiff.between(printing, printing.withIndicators(rows));

        assertThat(diff.rows()).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
            assertThat(change.cells())
                    .extracting(CellChange::column)
                    .containsExactly(IndicatorColumn.LEVEL3, IndicatorColumn.VALUE);
        });
    }

    @Test
    void aCorrectedFirstLevelNameKeepsTheRowsPaired() {
        // older tables say 效果指标 where the framework says 效益指标
        TargetTable older = printing.withIndicators(printing.indicators().stream()
                .map(r -> r.level1().equals("效益指标")
                        ? IndicatorRow.of("效果指标", r.level2(), r.level3(), r.description(), r.valueText(), r.basis())
                        : r)
                .toList());

        RevisionDiff diff = RevisionDiff.between(older, printing);

        assertThat(diff.rows()).hasSize(3).allSatisfy(change -> {
            assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
            assertThat(change.cells())
                    .extracting(CellChange::column, CellChange::before, CellChange::after)
                    .containsExactly(tuple(IndicatorColumn.LEVEL1, "效果指标", "效益指标"));
        });
        assertThat(diff.rows()).extracting(RowChange::afterRow).containsExactly(4, 5, 6);
    }

    @Test
    void unrelatedRowsAreNotPairedAcrossCategories() {
        TargetTable expert = SeedLikeTables.expertReview();
        List<IndicatorRow> rows = List.of(
                expert.indicators().get(0),
                IndicatorRow.of("满意度指标", "服务对象满意度指标", "采购人满意度", "采购人对评审工作的满意程度", "≥90%", "问卷调查"));

        RevisionDiff diff = RevisionDiff.between(expert, expert.withIndicators(rows));

        assertThat(diff.rows())
                .extracting(RowChange::type, RowChange::beforeRow, RowChange::afterRow)
                .containsExactly(tuple(ChangeType.REMOVED, 2, null), tuple(ChangeType.ADDED, null, 2));
    }

    @Test
    void blankTemplateRowsStayPairedWhenARowIsInsertedBeforeThem() {
        // 000: empty template rows under one 二级 share the same (blank) key
        IndicatorRow blank = IndicatorRow.of("效益指标", "生态效益指标", "", "", "", "");
        List<IndicatorRow> before = List.of(
                IndicatorRow.of("产出指标", "数量指标", "办件量", "全年办件数量", "10000以上", "历年数据"),
                blank,
                blank,
                blank,
                IndicatorRow.of("满意度指标", "服务对象满意度指标", "群众满意度", "满意比例", "≥95%", "问卷"));
        List<IndicatorRow> after = new ArrayList<>(before);
        after.add(2, IndicatorRow.of("效益指标", "生态效益指标", "无纸化办公", "减少纸张使用", "≥30%", "年度计划"));
        TargetTable table = SeedLikeTables.awkward();

        RevisionDiff diff = RevisionDiff.between(table.withIndicators(before), table.withIndicators(after));

        assertThat(diff.rows())
                .extracting(RowChange::type, RowChange::afterRow)
                .containsExactly(tuple(ChangeType.ADDED, 3));
    }

    @Test
    void swappedRowsShowAsOneMoveNotAsTwoRewrites() {
        List<IndicatorRow> rows = new ArrayList<>(printing.indicators());
        rows.add(1, rows.remove(0));

        RevisionDiff diff = RevisionDiff.between(printing, printing.withIndicators(rows));

        assertThat(diff.rows())
                .extracting(RowChange::type)
                .containsExactlyInAnyOrder(ChangeType.REMOVED, ChangeType.ADDED);
        RowChange removed = diff.rows().stream()
                .filter(c -> c.type() == ChangeType.REMOVED)
                .findFirst()
                .orElseThrow();
        RowChange added = diff.rows().stream()
                .filter(c -> c.type() == ChangeType.ADDED)
                .findFirst()
                .orElseThrow();
        assertThat(removed.before()).isEqualTo(added.after());
    }

    @Test
    void diffOfEveryChangeAtOnceKeepsTableOrder() {
        List<IndicatorRow> rows = new ArrayList<>(printing.indicators());
        rows.remove(0); // removed: old row 1
        rows.set(3, IndicatorRow.of("效益指标", "社会效益指标", "维护社会稳定", "更好的服务社会，维护社会稳定", "好", "实际工作需要"));
        rows.add(IndicatorRow.of("产出指标", "成本指标", "印刷成本", "全年印刷费用", "≤1万元", "预算批复"));

        RevisionDiff diff = RevisionDiff.between(printing, printing.withIndicators(rows));

        assertThat(diff.rows())
                .extracting(RowChange::type, RowChange::beforeRow, RowChange::afterRow)
                .containsExactly(
                        tuple(ChangeType.REMOVED, 1, null),
                        tuple(ChangeType.CHANGED, 5, 4),
                        tuple(ChangeType.ADDED, null, 7));
    }
}
