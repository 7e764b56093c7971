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
import cn.perftarget.domain.rules.text.Keywords;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.value.IndicatorValue;
import cn.perftarget.domain.value.Operator;
import java.math.BigDecimal;

/**
 * R23: percentage bounds: above 100%, or ≥100% / 100%以上 (nothing can exceed 100%: write =100%), or a count- or
 * time-type name (数量, 人数, 时限 …) with a % value. Satisfaction rows are R28's.
 */
public final class RateBoundsRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
            "R23",
            Severity.WARNING,
            "rule.R23.name",
            "rule.R23.checks",
            "rule.R23.example",
            RuleParameter.words(
                    "countWords",
                    "rule.R23.param.countWords",
                    "数量",
                    "人数",
                    "次数",
                    "个数",
                    "件数",
                    "户数",
                    "天数",
                    "时限",
                    "时间",
                    "单价",
                    "金额"),
            RuleParameter.words("rateSuffixes", "rule.R23.param.rateSuffixes", "率", "比例", "占比", "比重", "百分比", "度"));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Keywords countWords;
    private final String[] rateSuffixes;

    public RateBoundsRule(RuleParameters p) {
        this.countWords = p.keywords("countWords");
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
            IndicatorRow row = t.row(i);
            BigDecimal number = v.number();
            if (!v.isPercent()
                    || number == null
                    || t.kind(i) == IndicatorKind.SATISFACTION
                    || row.level3().contains("满意")) {
                continue;
            }
            Location at = Location.row(i, IndicatorColumn.VALUE);
            int cmp = number.compareTo(HUNDRED);
            String countWord = countWords.firstIn(row.level3());
            if (cmp > 0) {
                out.report(Severity.WARNING, at, Message.of("rule.R23.over100", Texts.excerpt(row.valueText())));
            } else if (countWord != null && !isRate(t.key(i, IndicatorColumn.LEVEL3))) {
                out.report(
                        Severity.WARNING,
                        at,
                        Message.of(
                                "rule.R23.countAsPercent",
                                row.level3().strip(),
                                countWord,
                                Texts.excerpt(row.valueText())));
            } else if (cmp == 0 && (v.operator() == Operator.GE || v.operator() == Operator.GT)) {
                String fixed = v.normalisedWith(Operator.EQ);
                out.report(
                        Severity.WARNING,
                        at,
                        Message.of("rule.R23.atLeastHundred", Texts.excerpt(row.valueText()), fixed),
                        UnitRequiredRule.setValue(i, fixed));
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
}
