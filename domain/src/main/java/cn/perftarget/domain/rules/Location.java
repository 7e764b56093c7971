package cn.perftarget.domain.rules;

import cn.perftarget.domain.table.SpendingPlan;

/**
 * Where a finding points: a field of the table, a checkpoint of the spending plan, an indicator row (and column), or
 * an item of the department part.
 *
 * @param field  the part of the table
 * @param index  the plan checkpoint, the indicator row or the department item (0-based); -1 when not applicable
 * @param column the indicator column, or null
 */
public record Location(TableField field, int index, IndicatorColumn column) {

    public static Location field(TableField field) {
        return new Location(field, -1, null);
    }

    /** A checkpoint of 资金支出计划: 0 = 3月底 … 3 = 12月底. */
    public static Location plan(int checkpoint) {
        return new Location(TableField.PLAN, checkpoint, null);
    }

    public static Location row(int row, IndicatorColumn column) {
        return new Location(TableField.INDICATOR, row, column);
    }

    public static Location row(int row) {
        return new Location(TableField.INDICATOR, row, null);
    }

    public static Location departmentTarget(int item) {
        return new Location(TableField.DEPARTMENT_TARGET, item, null);
    }

    public boolean isRow() {
        return field == TableField.INDICATOR;
    }

    /** For people: 资金支出计划·12月底, 第3行指标·指标值, 绩效目标. Rows are numbered from 1. */
    public String describe() {
        return switch (field) {
            case PLAN -> index < 0 ? field.label() : field.label() + "·" + SpendingPlan.CHECKPOINTS.get(index);
            case INDICATOR -> "第" + (index + 1) + "行指标" + (column == null ? "" : "·" + column.label());
            case DEPARTMENT_TARGET -> field.label() + "第" + (index + 1) + "项";
            default -> field.label();
        };
    }
}
