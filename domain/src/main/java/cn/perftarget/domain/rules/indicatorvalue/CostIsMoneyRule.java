package cn.perftarget.domain.rules.indicatorvalue;

import cn.perftarget.domain.framework.IndicatorKind;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.IndicatorColumn;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.Money;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.value.IndicatorValue;
import cn.perftarget.domain.value.ValueKind;

/**
 * R26: a 成本 row's value must be an amount of money: not text, not a percentage or a count, not zero. A number with
 * no unit at all is R22's (it may be money with the unit forgotten).
 */
public final class CostIsMoneyRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R26", "成本非金额", Severity.ERROR,
            "成本指标的值必须是金额（元、万元）：不能是文字、百分比、次数，也不能为0。（只缺单位的数字由R22报告。）",
            "002：法律顾问费“案例办理单价 ≥95%”；000：“群众办事基础成本 0”。");

    public CostIsMoneyRule(RuleParameters p) {
    }

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
            IndicatorRow row = t.row(i);
            Location at = Location.row(i, IndicatorColumn.VALUE);
            String hint = "成本指标应写本项目的成本金额，如“≤" + t.budget().map(Money::format).orElse("X") + "万元”。";
            if (v.kind() == ValueKind.TEXT || v.kind() == ValueKind.GRADE || v.kind() == ValueKind.DEADLINE) {
                out.report(Severity.ERROR, at, "成本指标的值" + Texts.quote(row.valueText()) + "不是金额。" + hint);
            } else if (v.isQuantitative()) {
                boolean money = Money.isMoney(v);
                if (!money && !v.unit().isEmpty()) {
                    out.report(Severity.ERROR, at, "成本指标的值" + Texts.quote(row.valueText()) + "的单位是“" + v.unit()
                            + "”，不是金额。" + hint);
                } else if (v.number().signum() <= 0) {
                    out.report(Severity.ERROR, at, "成本指标的值为" + row.valueText().strip()
                            + "：项目使用了财政资金，成本不会是0。" + hint);
                }
            }
        }
    }
}
