package cn.perftarget.domain.rules.indicatorvalue;

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
import cn.perftarget.domain.value.ValueKind;
import java.math.BigDecimal;

/**
 * R27: vague targets: text that is not a grade and only says “improve” (显著提升, 持续提升, 保障工作顺利开展 …), a
 * target of “more than nothing” (&gt;0, ≥0), or a table where more than half the values are qualitative.
 */
public final class VagueTargetRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
            "R27",
            Severity.WARNING,
            "rule.R27.name",
            "rule.R27.checks",
            "rule.R27.example",
            RuleParameter.words(
                    "vagueWords",
                    "rule.R27.param.vagueWords",
                    "提升",
                    "提高",
                    "改善",
                    "优化",
                    "促进",
                    "加强",
                    "增强",
                    "保障",
                    "保证",
                    "确保",
                    "顺利",
                    "有效",
                    "持续",
                    "显著",
                    "明显",
                    "稳步",
                    "进一步",
                    "满足",
                    "降低",
                    "减少",
                    "拉动",
                    "营造",
                    "维护",
                    "成效",
                    "良好的"),
            RuleParameter.number("maxQualitativeShare", "rule.R27.param.maxQualitativeShare", "0.5"));

    private final Keywords vagueWords;
    private final BigDecimal maxShare;

    public VagueTargetRule(RuleParameters p) {
        this.vagueWords = p.keywords("vagueWords");
        this.maxShare = p.number("maxQualitativeShare");
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        int valued = 0;
        int qualitative = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            IndicatorValue v = t.value(i);
            IndicatorRow row = t.row(i);
            if (v.kind() == ValueKind.BLANK) {
                continue;
            }
            valued++;
            if (v.kind() == ValueKind.TEXT || v.kind() == ValueKind.GRADE) {
                qualitative++;
            }
            Location at = Location.row(i, IndicatorColumn.VALUE);
            if (v.kind() == ValueKind.TEXT && vagueWords.isIn(row.valueText())) {
                out.report(Severity.WARNING, at, Message.of("rule.R27.vague", Texts.excerpt(row.valueText(), 20)));
            } else if (v.number() != null
                    && v.number().signum() == 0
                    && (v.operator() == Operator.GT || v.operator() == Operator.GE)) {
                out.report(Severity.WARNING, at, Message.of("rule.R27.noTarget", Texts.excerpt(row.valueText())));
            }
        }
        if (valued >= 2
                && BigDecimal.valueOf(qualitative).compareTo(maxShare.multiply(BigDecimal.valueOf(valued))) > 0) {
            out.report(Severity.WARNING, Location.INDICATORS, Message.of("rule.R27.qualitative", valued, qualitative));
        }
    }
}
