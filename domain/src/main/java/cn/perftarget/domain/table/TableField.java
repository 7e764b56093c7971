package cn.perftarget.domain.table;

import java.util.function.Function;

/** The header fields of a target table, as reviewers name them (the indicator rows are not fields). */
public enum TableField {
    PROJECT_CODE("项目编码", Kind.TEXT, TargetTable::projectCode),
    PROJECT_NAME("项目名称", Kind.TEXT, TargetTable::projectName),
    BUDGET("预算数", Kind.MONEY, t -> t.budget().text()),
    FISCAL_FUNDS("财政资金", Kind.MONEY, t -> t.fiscalFunds().text()),
    OTHER_FUNDS("其他资金", Kind.MONEY, t -> t.otherFunds().text()),
    FUND_PURPOSE("资金用途", Kind.TEXT, TargetTable::fundPurpose),
    PLAN_MARCH("资金支出计划 3月底", Kind.PERCENT, t -> t.plan().march()),
    PLAN_JUNE("资金支出计划 6月底", Kind.PERCENT, t -> t.plan().june()),
    PLAN_OCTOBER("资金支出计划 10月底", Kind.PERCENT, t -> t.plan().october()),
    PLAN_DECEMBER("资金支出计划 12月底", Kind.PERCENT, t -> t.plan().december()),
    GOALS("绩效目标", Kind.TEXT, TargetTable::goals);

    /** How a field's text is read. */
    public enum Kind {
        TEXT,
        /** an amount in 万元 */
        MONEY,
        /** a cumulative percentage of the spending plan */
        PERCENT
    }

    private final String label;
    private final Kind kind;
    private final Function<TargetTable, String> text;

    TableField(String label, Kind kind, Function<TargetTable, String> text) {
        this.label = label;
        this.kind = kind;
        this.text = text;
    }

    /** The Chinese name shown to users. */
    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** The field's text in {@code table}, as written. */
    public String valueOf(TargetTable table) {
        return text.apply(table);
    }
}
