package cn.perftarget.domain.rules.indicatorvalue;

import cn.perftarget.domain.framework.IndicatorKind;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.IndicatorColumn;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.Money;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.value.IndicatorValue;
import cn.perftarget.domain.value.Operator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * R25: a cost must fit the budget. A plain amount under 成本 may not exceed 预算数; a unit cost (3860元/月/人) times
 * its quantities (人 from the 数量 row with that unit, 月 as 12 per year …) must land within ±10% of 预算数.
 */
public final class CostWithinBudgetRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R25", "成本超预算", Severity.ERROR,
            "成本指标中的金额大于预算数；写成单价（如“3860元/月/人”）的，单价×数量（人数取自单位为“人”的数量指标，"
                    + "“/月”按12个月计）应在预算数的±10%以内。",
            "004：专项刊物及专项业务图书费成本“1万”，预算数只有0.50；大学生见习岗人员工资成本“2.5万”，预算数1.87。"
                    + "001：劳务费3860元/月/人×24人×12月≈111.17万元，与预算数112.00相符。",
            RuleParameter.number("tolerancePercent", "单价×数量与预算数的允许偏差（%）", "10"));

    /** Per-period denominators and how many of them a fiscal year has. */
    private static final Map<String, Integer> PER_YEAR = Map.of("年", 1, "季度", 4, "季", 4, "月", 12, "周", 52);

    private final BigDecimal tolerance;

    public CostWithinBudgetRule(RuleParameters p) {
        this.tolerance = p.number("tolerancePercent").divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        if (t.budget().isEmpty() || t.budget().get().signum() <= 0) {
            return;
        }
        BigDecimal budget = t.budget().get();
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.kind(i) != IndicatorKind.COST) {
                continue;
            }
            IndicatorValue v = t.value(i);
            BigDecimal amount = Money.inWan(v);
            if (amount == null) {
                continue;
            }
            IndicatorRow row = t.row(i);
            Location at = Location.row(i, IndicatorColumn.VALUE);
            if (v.unit().indexOf('/') < 0) {
                if (amount.compareTo(budget) > 0) {
                    String fixed = "≤" + Money.format(budget) + "万元";
                    out.report(Severity.ERROR, at,
                            "成本指标" + Texts.quote(row.valueText()) + "大于预算数" + Money.format(budget)
                                    + "万元。成本不能超过预算，请核实金额（通常写“" + fixed + "”）。",
                            UnitRequiredRule.setValue(i, fixed));
                }
                continue;
            }
            BigDecimal total = total(t, v, amount);
            if (total == null) {
                continue;
            }
            BigDecimal deviation = total.subtract(budget).abs().divide(budget, 6, RoundingMode.HALF_UP);
            if (deviation.compareTo(tolerance) > 0) {
                out.report(Severity.ERROR, at,
                        "按单价" + Texts.quote(row.valueText()) + "测算全年成本约" + Money.format(total.setScale(2,
                                RoundingMode.HALF_UP)) + "万元，与预算数" + Money.format(budget) + "万元相差超过"
                                + tolerance.movePointRight(2).stripTrailingZeros().toPlainString()
                                + "%。请核对单价、数量与预算数。");
            }
        }
    }

    /** Unit cost × each denominator's yearly count; null when a denominator has no quantity in the table. */
    private static BigDecimal total(TableFacts t, IndicatorValue v, BigDecimal perUnit) {
        String[] parts = v.unit().split("/");
        BigDecimal total = perUnit;
        for (int k = 1; k < parts.length; k++) {
            String d = parts[k];
            Integer perYear = PER_YEAR.get(d);
            if (perYear != null) {
                total = total.multiply(BigDecimal.valueOf(perYear));
                continue;
            }
            BigDecimal quantity = quantityOf(t, d);
            if (quantity == null) {
                return null;
            }
            total = total.multiply(quantity);
        }
        return total;
    }

    /** The number of a 数量 row whose unit is {@code unit} (e.g. 24人), exact or an upper bound. */
    private static BigDecimal quantityOf(TableFacts t, String unit) {
        for (int i = 0; i < t.rowCount(); i++) {
            IndicatorValue q = t.value(i);
            if (t.kind(i) == IndicatorKind.QUANTITY && q.isQuantitative() && unit.equals(q.unit())
                    && q.operator() != Operator.GT && q.operator() != Operator.LT) {
                return q.number();
            }
        }
        return null;
    }
}
