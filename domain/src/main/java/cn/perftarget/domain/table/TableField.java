package cn.perftarget.domain.table;

import cn.perftarget.domain.i18n.Labelled;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of a target table, as reviewers name them ({@code field.*} in the bundle): every cell outside the
 * indicator rows, each checkpoint of the spending plan a field of its own.
 */
public enum TableField implements Labelled {
    PROJECT_CODE("field.PROJECT_CODE", Kind.TEXT, TargetTable::projectCode),
    PROJECT_NAME("field.PROJECT_NAME", Kind.TEXT, TargetTable::projectName),
    /** 单位: code and name */
    UNIT(
            "field.UNIT",
            Kind.TEXT,
            t -> (t.unitCode().strip() + " " + t.unitName().strip()).strip()),
    /** 年度 */
    FISCAL_YEAR("field.FISCAL_YEAR", Kind.TEXT, t -> Objects.toString(t.fiscalYear(), "")),
    BUDGET("field.BUDGET", Kind.MONEY, t -> t.budget().text()),
    FISCAL_FUNDS("field.FISCAL_FUNDS", Kind.MONEY, t -> t.fiscalFunds().text()),
    OTHER_FUNDS("field.OTHER_FUNDS", Kind.MONEY, t -> t.otherFunds().text()),
    FUND_PURPOSE("field.FUND_PURPOSE", Kind.TEXT, TargetTable::fundPurpose),
    PLAN_MARCH("field.PLAN_MARCH", Kind.PERCENT, t -> t.plan().march()),
    PLAN_JUNE("field.PLAN_JUNE", Kind.PERCENT, t -> t.plan().june()),
    PLAN_OCTOBER("field.PLAN_OCTOBER", Kind.PERCENT, t -> t.plan().october()),
    PLAN_DECEMBER("field.PLAN_DECEMBER", Kind.PERCENT, t -> t.plan().december()),
    GOALS("field.GOALS", Kind.TEXT, TargetTable::goals);

    /** How a field's text is read. */
    public enum Kind {
        TEXT,
        /** an amount in 万元 */
        MONEY,
        /** a cumulative percentage of the spending plan */
        PERCENT
    }

    private final String labelKey;
    private final Kind kind;
    private final Function<TargetTable, String> text;

    TableField(String labelKey, Kind kind, Function<TargetTable, String> text) {
        this.labelKey = labelKey;
        this.kind = kind;
        this.text = text;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    public Kind kind() {
        return kind;
    }

    /** The field's text in {@code table}, as written. */
    public String valueOf(TargetTable table) {
        return text.apply(table);
    }

    /** The checkpoint of the spending plan this field is, if it is one. */
    public Optional<SpendingPlan.Checkpoint> checkpoint() {
        for (SpendingPlan.Checkpoint c : SpendingPlan.Checkpoint.values()) {
            if (c.field() == this) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
