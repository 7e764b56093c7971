package cn.perftarget.domain.table;

import cn.perftarget.domain.i18n.Labelled;
import java.util.function.Function;

/** The columns of an indicator row, left to right; their names are in the bundle ({@code column.*}). */
public enum IndicatorColumn implements Labelled {
    /** 一级指标 */
    LEVEL1("column.LEVEL1", IndicatorRow::level1),
    /** 二级指标 */
    LEVEL2("column.LEVEL2", IndicatorRow::level2),
    /** 三级指标 */
    LEVEL3("column.LEVEL3", IndicatorRow::level3),
    /** 绩效指标描述 */
    DESCRIPTION("column.DESCRIPTION", IndicatorRow::description),
    /** 指标值 */
    VALUE("column.VALUE", IndicatorRow::valueText),
    /** 指标值确定依据 */
    BASIS("column.BASIS", IndicatorRow::basis);

    private final String labelKey;
    private final Function<IndicatorRow, String> text;

    IndicatorColumn(String labelKey, Function<IndicatorRow, String> text) {
        this.labelKey = labelKey;
        this.text = text;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The cell of this column in a row, as written. */
    public String valueOf(IndicatorRow row) {
        return text.apply(row);
    }

    /** The row with this column's cell replaced. */
    public IndicatorRow with(IndicatorRow row, String cell) {
        return switch (this) {
            case LEVEL1 ->
                IndicatorRow.of(cell, row.level2(), row.level3(), row.description(), row.valueText(), row.basis());
            case LEVEL2 ->
                IndicatorRow.of(row.level1(), cell, row.level3(), row.description(), row.valueText(), row.basis());
            case LEVEL3 ->
                IndicatorRow.of(row.level1(), row.level2(), cell, row.description(), row.valueText(), row.basis());
            case DESCRIPTION ->
                IndicatorRow.of(row.level1(), row.level2(), row.level3(), cell, row.valueText(), row.basis());
            case VALUE ->
                IndicatorRow.of(row.level1(), row.level2(), row.level3(), row.description(), cell, row.basis());
            case BASIS ->
                IndicatorRow.of(row.level1(), row.level2(), row.level3(), row.description(), row.valueText(), cell);
        };
    }
}
