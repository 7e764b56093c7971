package cn.perftarget.domain.rules;

/** The parts of a target table a finding can point at. */
public enum TableField {
    PROJECT_CODE("项目编码"),
    PROJECT_NAME("项目名称"),
    UNIT("单位"),
    FISCAL_YEAR("年度"),
    BUDGET("预算数"),
    FISCAL_FUNDS("财政资金"),
    OTHER_FUNDS("其他资金"),
    FUND_PURPOSE("资金用途"),
    /** 资金支出计划: the index of the location is the checkpoint (0 = 3月底 … 3 = 12月底), -1 for the whole plan */
    PLAN("资金支出计划"),
    GOALS("绩效目标"),
    /** the indicator rows as a whole */
    INDICATORS("绩效指标"),
    /** one indicator row: the index is the row (0-based), the column may be given */
    INDICATOR("绩效指标"),
    /** a 分项绩效目标 of the department part of the document: the index is the item */
    DEPARTMENT_TARGET("部门分项绩效目标");

    private final String label;

    TableField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
