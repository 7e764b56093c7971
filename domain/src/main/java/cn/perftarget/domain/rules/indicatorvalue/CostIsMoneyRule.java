package cn.perftarget.domain.rules.indicatorvalue;

import cn.perftarget.domain.framework.IndicatorKind;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.Money;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.value.IndicatorValue;
import cn.perftarget.domain.value.ValueKind;
import java.math.BigDecimal;

/**
 * R26: a 成本 row's value must be an amount of money: not text, not a percentage or a count, not zero. A number with
 * no unit at all is R22's (it may be money with the unit forgotten).
 */
public final class CostIsMoneyRule implements Rule {

    public static final RuleInfo INFO =
            RuleInfo.of("R26", Severity.ERROR, "rule.R26.name", "rule.R26.checks", "rule.R26.example");

    public CostIsMoneyRule(RuleParameters p) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.kind(i) != IndicatorKind.COST || !t.isFilled(i)) {
                continue;
            }
            IndicatorValue v = t.value(i);
            BigDecimal number = v.number();
            String unit = v.unit();
            IndicatorRow row = t.row(i);
            Location at = Location.row(i, IndicatorColumn.VALUE);
            Message hint =
                    Message.of("rule.R26.hint", t.budget().map(Money::format).orElse("X"), Money.WAN_YUAN);
            if (v.kind() == ValueKind.TEXT || v.kind() == ValueKind.GRADE || v.kind() == ValueKind.DEADLINE) {
                out.report(Severity.ERROR, at, Message.of("rule.R26.notMoney", Texts.excerpt(row.valueText()), hint));
            } else if (number != null && unit != null) { // quantitative
                boolean money = Money.isMoney(v);
                if (!money && !unit.isEmpty()) {
                    out.report(
                            Severity.ERROR,
                            at,
                            Message.of("rule.R26.notMoneyUnit", Texts.excerpt(row.valueText()), unit, hint));
                } else if (number.signum() <= 0) {
                    out.report(
                            Severity.ERROR,
                            at,
                            Message.of("rule.R26.zero", row.valueText().strip(), hint));
                }
            }
        }
    }
}
