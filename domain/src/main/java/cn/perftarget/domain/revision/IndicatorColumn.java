package cn.perftarget.domain.revision;

import cn.perftarget.domain.table.IndicatorRow;

import java.util.function.Function;

/** The columns of an indicator row. */
public enum IndicatorColumn {
    LEVEL1("一级指标", IndicatorRow::level1),
    LEVEL2("二级指标", IndicatorRow::level2),
    LEVEL3("三级指标", IndicatorRow::level3),
    DESCRIPTION("绩效指标描述", IndicatorRow::description),
    VALUE("指标值", IndicatorRow::valueText),
    BASIS("指标值确定依据", IndicatorRow::basis);

    private final String label;
    private final Function<IndicatorRow, String> text;

    IndicatorColumn(String label, Function<IndicatorRow, String> text) {
        this.label = label;
        this.text = text;
    }

    public String label() {
        return label;
    }

    /** The cell's text as written. */
    public String valueOf(IndicatorRow row) {
        return text.apply(row);
    }
}
