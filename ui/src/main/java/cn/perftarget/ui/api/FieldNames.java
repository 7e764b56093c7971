package cn.perftarget.ui.api;

import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.TableField;

/** The JSON names of the table's fields and indicator columns ({@link TableContentJson}), for findings and diffs. */
public final class FieldNames {

    private FieldNames() {}

    public static String of(TableField field) {
        return switch (field) {
            case PROJECT_CODE -> "pro_code";
            case PROJECT_NAME -> "pro_name";
            case UNIT -> "agency_code";
            case FISCAL_YEAR -> "fiscal_year";
            case BUDGET -> "budget_amount";
            case FISCAL_FUNDS -> "fiscal_amount";
            case OTHER_FUNDS -> "other_amount";
            case FUND_PURPOSE -> "fund_purpose";
            case PLAN_MARCH -> "plan.march";
            case PLAN_JUNE -> "plan.june";
            case PLAN_OCTOBER -> "plan.october";
            case PLAN_DECEMBER -> "plan.december";
            case GOALS -> "goals";
        };
    }

    public static String of(IndicatorColumn column) {
        return switch (column) {
            case LEVEL1 -> "lv1_ind_name";
            case LEVEL2 -> "lv2_ind_name";
            case LEVEL3 -> "lv3_ind_name";
            case DESCRIPTION -> "ind_desc";
            case VALUE -> "ind_value";
            case BASIS -> "ind_basis";
        };
    }
}
