package cn.perftarget.domain.rules.indicatorvalue;

import cn.perftarget.domain.framework.IndicatorKind;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Fix;
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
import java.math.BigDecimal;

/**
 * R22: a number without a unit (ERROR; a rate-like name gets a one-click “%”), and in a cost row the unit “万” alone
 * (INFO, one click to 万元).
 */
public final class UnitRequiredRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
                    "R22",
                    Severity.ERROR,
                    "rule.R22.name",
                    "rule.R22.checks",
                    "rule.R22.example",
                    RuleParameter.words(
                            "rateSuffixes", "rule.R22.param.rateSuffixes", "率", "比例", "占比", "比重", "百分比", "满意度"))
            .withSeverityNote("rule.R22.severityNote");

    /** Units a hint suggests: written into the table as they are (data). */
    private static final String YUAN = "元";

    private static final String WAN = "万";
    private static final String PIECES = "件";
    private static final String TIMES = "次";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String[] rateSuffixes;

    public UnitRequiredRule(RuleParameters p) {
        this.rateSuffixes = p.wordArray("rateSuffixes");
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        for (int i = 0; i < t.rowCount(); i++) {
            IndicatorValue v = t.value(i);
            BigDecimal number = v.number();
            String unit = v.unit();
            if (number == null || unit == null) {
                continue; // not quantitative
            }
            IndicatorRow row = t.row(i);
            Location at = Location.row(i, IndicatorColumn.VALUE);
            boolean cost = t.kind(i) == IndicatorKind.COST;
            if (unit.isEmpty()) {
                Fix fix = null;
                Message hint;
                if (cost) {
                    String amount = number.signum() > 0
                            ? number.toPlainString()
                            : t.budget().map(Money::format).orElse("X");
                    hint = Message.of("rule.R22.costHint", amount, YUAN, Money.WAN_YUAN);
                } else if ((isRate(t.key(i, IndicatorColumn.LEVEL3)) || t.kind(i) == IndicatorKind.SATISFACTION)
                        && number.compareTo(HUNDRED) <= 0) {
                    String fixed = v.normalised() + "%";
                    hint = Message.of("rule.R22.rateHint", fixed);
                    fix = setValue(i, fixed);
                } else {
                    hint = Message.of("rule.R22.unitHint", v.normalised(), PIECES, TIMES);
                }
                out.report(
                        Severity.ERROR, at, Message.of("rule.R22.noUnit", Texts.excerpt(row.valueText()), hint), fix);
            } else if (cost && WAN.equals(unit)) {
                String fixed = v.original().strip().replaceFirst("万(?!元)", Money.WAN_YUAN);
                out.report(
                        Severity.INFO,
                        at,
                        Message.of("rule.R22.wan", Texts.excerpt(row.valueText()), WAN, Money.WAN_YUAN),
                        setValue(i, fixed));
            }
        }
    }

    private boolean isRate(String key) {
        String k = key;
        while (k.endsWith("%")) {
            k = k.substring(0, k.length() - 1);
        }
        for (String s : rateSuffixes) {
            if (k.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    static Fix setValue(int row, String text) {
        return new Fix(Message.of("rule.R22.fixValue", text), tt -> {
            var rows = new java.util.ArrayList<>(tt.indicators());
            if (row >= rows.size()) {
                return tt;
            }
            rows.set(row, IndicatorColumn.VALUE.with(rows.get(row), text));
            return tt.withIndicators(rows);
        });
    }
}
