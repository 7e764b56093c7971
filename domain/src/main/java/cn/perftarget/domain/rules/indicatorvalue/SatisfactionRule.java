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
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.value.IndicatorValue;
import cn.perftarget.domain.value.Operator;
import cn.perftarget.domain.value.ValueKind;
import java.math.BigDecimal;

/**
 * R28: a satisfaction value is a percentage with ≥, normally between 80% and 100%; =100% and 100%以上 are not
 * credible. Free text is R21/R27's and ≤ is R24's.
 */
public final class SatisfactionRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
            "R28",
            Severity.WARNING,
            "rule.R28.name",
            "rule.R28.checks",
            "rule.R28.example",
            RuleParameter.number("minPercent", "rule.R28.param.minPercent", "80"),
            RuleParameter.number("suggestedPercent", "rule.R28.param.suggestedPercent", "95"));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal min;
    private final BigDecimal suggested;

    public SatisfactionRule(RuleParameters p) {
        this.min = p.number("minPercent");
        this.suggested = p.number("suggestedPercent");
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.kind(i) != IndicatorKind.SATISFACTION || !t.isFilled(i)) {
                continue;
            }
            IndicatorValue v = t.value(i);
            IndicatorRow row = t.row(i);
            Location at = Location.row(i, IndicatorColumn.VALUE);
            String value = Texts.excerpt(row.valueText());
            if (v.kind() == ValueKind.GRADE || v.kind() == ValueKind.DEADLINE) {
                out.report(
                        Severity.WARNING,
                        at,
                        Message.of("rule.R28.notPercent", value, plain(suggested)),
                        UnitRequiredRule.setValue(i, "≥" + plain(suggested) + "%"));
                continue;
            }
            BigDecimal number = v.number();
            String unit = v.unit();
            if (number == null || unit == null || v.operator() == Operator.LE || v.operator() == Operator.LT) {
                continue; // not quantitative, or an upper bound
            }
            if (!v.isPercent()) {
                if (!unit.isEmpty()) {
                    out.report(Severity.WARNING, at, Message.of("rule.R28.notPercent", value, plain(suggested)));
                }
                continue; // a bare number is R22's
            }
            int cmp = number.compareTo(HUNDRED);
            if (cmp >= 0) {
                String fixed = "≥" + plain(suggested) + "%";
                out.report(
                        Severity.WARNING,
                        at,
                        Message.of("rule.R28.notCredible", value, fixed),
                        UnitRequiredRule.setValue(i, fixed));
            } else if (number.compareTo(min) < 0) {
                out.report(Severity.WARNING, at, Message.of("rule.R28.low", value, plain(min)));
            } else if (v.operator() != Operator.GE) {
                String fixed = v.normalisedWith(Operator.GE);
                out.report(
                        Severity.WARNING,
                        at,
                        Message.of("rule.R28.lowerBound", fixed),
                        UnitRequiredRule.setValue(i, fixed));
            }
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
