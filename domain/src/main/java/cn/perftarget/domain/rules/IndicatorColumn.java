package cn.perftarget.domain.rules;

import cn.perftarget.domain.table.IndicatorRow;

/** The columns of an indicator row. */
public enum IndicatorColumn {
    LEVEL1("一级指标"),
    LEVEL2("二级指标"),
    LEVEL3("三级指标"),
    DESCRIPTION("绩效指标描述"),
    VALUE("指标值"),
    BASIS("指标值确定依据");

    private final String label;

    IndicatorColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The cell of this column in a row, as written. */
    public String of(IndicatorRow row) {
        return switch (this) {
            case LEVEL1 -> row.level1();
            case LEVEL2 -> row.level2();
            case LEVEL3 -> row.level3();
            case DESCRIPTION -> row.description();
            case VALUE -> row.valueText();
            case BASIS -> row.basis();
        };
    }

    /** The row with this column's cell replaced. */
    public IndicatorRow with(IndicatorRow row, String text) {
        return switch (this) {
            case LEVEL1 -> IndicatorRow.of(text, row.level2(), row.level3(), row.description(), row.valueText(), row.basis());
            case LEVEL2 -> IndicatorRow.of(row.level1(), text, row.level3(), row.description(), row.valueText(), row.basis());
            case LEVEL3 -> IndicatorRow.of(row.level1(), row.level2(), text, row.description(), row.valueText(), row.basis());
            case DESCRIPTION -> IndicatorRow.of(row.level1(), row.level2(), row.level3(), text, row.valueText(), row.basis());
            case VALUE -> IndicatorRow.of(row.level1(), row.level2(), row.level3(), row.description(), text, row.basis());
            case BASIS -> IndicatorRow.of(row.level1(), row.level2(), row.level3(), row.description(), row.valueText(), text);
        };
    }
}
