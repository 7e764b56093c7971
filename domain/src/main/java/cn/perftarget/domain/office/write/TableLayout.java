package cn.perftarget.domain.office.write;

import cn.perftarget.domain.office.write.LayoutCell.CellStyle;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The published layout of one 绩效目标表 (the provincial template, as the seed documents print it), on a grid of
 * eight columns, shared by the Word, PDF and Excel writers:
 *
 * <pre>
 * 442001单位名称                                         单位：万元      (no border)
 * 项目编码 | code            | 项目名称     | name
 * 预算规模及 | 预算数 | amount | 其中：财政资金 | amount | 其他资金 | amount
 * 资金用途   | purpose
 * 资金支出计划（%）| 3月底 | 6月底 | 10月底 | 12月底
 *            | value  | value | value  | value
 * 绩效目标   | goals
 * 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据
 * 产出指标 | 数量指标 | …        (一级 and 二级 merged down over their rows)
 * </pre>
 *
 * Every cell is the table's text as written; the importer reads this layout back cell for cell.
 */
final class TableLayout {

    static final int COLUMNS = 8;
    /** Relative widths of the eight grid columns. */
    static final int[] WIDTHS = {11, 12, 13, 11, 13, 12, 10, 18};

    static final String AMOUNT_UNIT = "单位：万元";
    static final String TITLE_SUFFIX = "绩效目标表";

    private final List<List<LayoutCell>> rows = new ArrayList<>();

    private TableLayout() {}

    /** The title above the table: {@code 1.项目名称绩效目标表}. */
    static String title(TargetTable table, int number) {
        return number + "." + table.projectName() + TITLE_SUFFIX;
    }

    /** The unit line: the unit code followed by its name, as published ({@code 442001秦皇岛…（本级）}). */
    static String unitLine(TargetTable table) {
        return table.unitCode() + table.unitName();
    }

    static TableLayout of(TargetTable t) {
        TableLayout l = new TableLayout();
        l.row(cell(unitLine(t), 0, 6, CellStyle.UNIT), cell(AMOUNT_UNIT, 6, 2, CellStyle.AMOUNT_UNIT));
        l.row(
                cell("项目编码", 0, 1, CellStyle.CAPTION),
                cell(t.projectCode(), 1, 2, CellStyle.VALUE),
                cell("项目名称", 3, 1, CellStyle.CAPTION),
                cell(t.projectName(), 4, 4, CellStyle.VALUE));
        l.row(
                new LayoutCell("预算规模及资金用途", 0, 1, 2, CellStyle.CAPTION),
                cell("预算数", 1, 1, CellStyle.CAPTION),
                cell(t.budget().text(), 2, 1, CellStyle.VALUE),
                cell("其中：财政资金", 3, 1, CellStyle.CAPTION),
                cell(t.fiscalFunds().text(), 4, 1, CellStyle.VALUE),
                cell("其他资金", 5, 1, CellStyle.CAPTION),
                cell(t.otherFunds().text(), 6, 2, CellStyle.VALUE));
        l.row(cell(t.fundPurpose(), 1, 7, CellStyle.TEXT));
        l.row(
                new LayoutCell("资金支出计划（%）", 0, 1, 2, CellStyle.CAPTION),
                cell("3月底", 1, 2, CellStyle.CAPTION),
                cell("6月底", 3, 2, CellStyle.CAPTION),
                cell("10月底", 5, 1, CellStyle.CAPTION),
                cell("12月底", 6, 2, CellStyle.CAPTION));
        List<String> plan = t.plan().cells();
        l.row(
                cell(plan.get(0), 1, 2, CellStyle.VALUE),
                cell(plan.get(1), 3, 2, CellStyle.VALUE),
                cell(plan.get(2), 5, 1, CellStyle.VALUE),
                cell(plan.get(3), 6, 2, CellStyle.VALUE));
        l.row(cell("绩效目标", 0, 1, CellStyle.CAPTION), cell(t.goals(), 1, 7, CellStyle.TEXT));
        l.row(
                cell("一级指标", 0, 1, CellStyle.CAPTION),
                cell("二级指标", 1, 1, CellStyle.CAPTION),
                cell("三级指标", 2, 1, CellStyle.CAPTION),
                cell("绩效指标描述", 3, 2, CellStyle.CAPTION),
                cell("指标值", 5, 1, CellStyle.CAPTION),
                cell("指标值确定依据", 6, 2, CellStyle.CAPTION));
        l.indicators(t.indicators());
        return l;
    }

    /** Indicator rows, 一级 merged down over a run of rows with the same one, 二级 likewise within it. */
    private void indicators(List<IndicatorRow> indicators) {
        int n = indicators.size();
        for (int i = 0; i < n; i++) {
            IndicatorRow r = indicators.get(i);
            List<LayoutCell> row = new ArrayList<>();
            if (i == 0 || !sameLevel1(indicators.get(i - 1), r)) {
                int span = 1;
                while (i + span < n && sameLevel1(r, indicators.get(i + span))) {
                    span++;
                }
                row.add(new LayoutCell(r.level1(), 0, 1, span, CellStyle.VALUE));
            }
            if (i == 0 || !sameLevel2(indicators.get(i - 1), r)) {
                int span = 1;
                while (i + span < n && sameLevel2(r, indicators.get(i + span))) {
                    span++;
                }
                row.add(new LayoutCell(r.level2(), 1, 1, span, CellStyle.VALUE));
            }
            row.add(cell(r.level3(), 2, 1, CellStyle.VALUE));
            row.add(cell(r.description(), 3, 2, CellStyle.TEXT));
            row.add(cell(r.valueText(), 5, 1, CellStyle.VALUE));
            row.add(cell(r.basis(), 6, 2, CellStyle.TEXT));
            rows.add(List.copyOf(row));
        }
    }

    /** Rows that read back as one merged 一级 cell: the same, not blank (a blank cell would carry the one above). */
    private static boolean sameLevel1(IndicatorRow a, IndicatorRow b) {
        return !a.level1().isBlank() && a.level1().equals(b.level1());
    }

    private static boolean sameLevel2(IndicatorRow a, IndicatorRow b) {
        return sameLevel1(a, b) && !a.level2().isBlank() && a.level2().equals(b.level2());
    }

    private static LayoutCell cell(String text, int column, int colSpan, CellStyle style) {
        return new LayoutCell(text, column, colSpan, 1, style);
    }

    private void row(LayoutCell... cells) {
        rows.add(List.of(cells));
    }

    /** The rows, each with the cells that start in it (a cell merged down is in its first row only). */
    List<List<LayoutCell>> rows() {
        return rows;
    }

    /**
     * For each row, the cells merged down into it from rows above, as (row index → cells): the writers that need a
     * cell at every place (Word's {@code vMerge} continuation) ask for them.
     */
    List<List<LayoutCell>> coveredFromAbove() {
        List<List<LayoutCell>> covered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            covered.add(new ArrayList<>());
        }
        for (int i = 0; i < rows.size(); i++) {
            for (LayoutCell c : rows.get(i)) {
                for (int k = 1; k < c.rowSpan(); k++) {
                    covered.get(i + k).add(c);
                }
            }
        }
        return covered;
    }
}
