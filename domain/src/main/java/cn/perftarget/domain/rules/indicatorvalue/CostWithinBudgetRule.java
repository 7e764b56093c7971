package cn.perftarget.domain.rules.indicatorvalue;

import cn.perftarget.domain.framework.IndicatorKind;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.Money;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.value.IndicatorValue;
import cn.perftarget.domain.value.Operator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * R25: a cost must fit the budget. A plain amount under 成本 may not exceed 预算数; a unit cost (3860元/月/人) times
 * its quantities (人 from the 数量 row with that unit, 月 as 12 per year …) must land within ±10% of 预算数.
 */
public final class CostWithinBudgetRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
            "R25",
            Severity.ERROR,
            "rule.R25.name",
            "rule.R25.checks",
            "rule.R25.example",
            RuleParameter.number("tolerancePercent", "rule.R25.param.tolerancePercent", "10"));

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
            String unit = v.unit();
            if (amount == null || unit == null) {
                continue;
            }
            IndicatorRow row = t.row(i);
            Location at = Location.row(i, IndicatorColumn.VALUE);
            if (unit.indexOf('/') < 0) {
                if (amount.compareTo(budget) > 0) {
                    String fixed = "≤" + Money.format(budget) + Money.WAN_YUAN;
                    out.report(
                            Severity.ERROR,
                            at,
                            Message.of(
                                    "rule.R25.overBudget", Texts.excerpt(row.valueText()), Money.format(budget), fixed),
                            UnitRequiredRule.setValue(i, fixed));
                }
                continue;
            }
            BigDecimal total = total(t, unit, amount);
            if (total == null) {
                continue;
            }
            BigDecimal deviation = total.subtract(budget).abs().divide(budget, 6, RoundingMode.HALF_UP);
            if (deviation.compareTo(tolerance) > 0) {
                out.report(
                        Severity.ERROR,
                        at,
                        Message.of(
                                "rule.R25.unitCost",
                                Texts.excerpt(row.valueText()),
                                Money.format(total.setScale(2, RoundingMode.HALF_UP)),
                                Money.format(budget),
                                tolerance.movePointRight(2).stripTrailingZeros().toPlainString()));
            }
        }
    }

    /**
     * Unit cost × each denominator's yearly count ({@code unit} e.g. 元/月/人); null when a denominator has no quantity
     * in the table.
     */
    private static @Nullable BigDecimal total(TableFacts t, String unit, BigDecimal perUnit) {
        String[] parts = unit.split("/");
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

    /** The number of a 数量 row whose unit is {@code unit} (e.g. 24人), exact or an upper bound; null when none. */
    private static @Nullable BigDecimal quantityOf(TableFacts t, String unit) {
        for (int i = 0; i < t.rowCount(); i++) {
            IndicatorValue q = t.value(i);
            if (t.kind(i) == IndicatorKind.QUANTITY
                    && q.isQuantitative()
                    && unit.equals(q.unit())
                    && q.operator() != Operator.GT
                    && q.operator() != Operator.LT) {
                return q.number();
            }
        }
        return null;
    }
}
