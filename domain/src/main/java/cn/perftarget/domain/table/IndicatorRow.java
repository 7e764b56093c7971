package cn.perftarget.domain.table;

import cn.perftarget.domain.value.IndicatorValue;

/**
 * One indicator row: 一级指标 → 二级指标 → 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据.
 * Merged 一级/二级 cells of the source are carried on every row they span; all other cells are kept as written.
 */
public record IndicatorRow(
        String level1, String level2, String level3, String description, IndicatorValue value, String basis) {

    public IndicatorRow {
        level1 = level1 == null ? "" : level1;
        level2 = level2 == null ? "" : level2;
        level3 = level3 == null ? "" : level3;
        description = description == null ? "" : description;
        value = value == null ? IndicatorValue.parse("") : value;
        basis = basis == null ? "" : basis;
    }

    public static IndicatorRow of(
            String level1, String level2, String level3, String description, String valueText, String basis) {
        return new IndicatorRow(level1, level2, level3, description, IndicatorValue.parse(valueText), basis);
    }

    /** The 指标值 exactly as written. */
    public String valueText() {
        return value.original();
    }
}
