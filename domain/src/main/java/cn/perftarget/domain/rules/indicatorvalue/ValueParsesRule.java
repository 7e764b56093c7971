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
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * R21: the 指标值 must read as a quantity, a deadline or a configured grade, and suit its category. Blank → ERROR.
 * Text with a vague phrase (显著提升 …) is R27's and a cost row's value R26's, so they are not reported twice.
 */
public final class ValueParsesRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
                    "R21",
                    Severity.WARNING,
                    "rule.R21.name",
                    "rule.R21.checks",
                    "rule.R21.example",
                    RuleParameter.words(
                            "timeUnits",
                            "rule.R21.param.timeUnits",
                            "天",
                            "日",
                            "月",
                            "年",
                            "周",
                            "小时",
                            "分钟",
                            "工作日",
                            "个工作日",
                            "季度",
                            "个月",
                            "%"))
            .withSeverityNote("rule.R21.severityNote");

    private final Keywords vagueWords;
    private final Set<String> timeUnits;

    public ValueParsesRule(RuleParameters p) {
        this.vagueWords = p.of("R27").keywords("vagueWords");
        this.timeUnits = Set.copyOf(p.words("timeUnits"));
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        for (int i = 0; i < t.rowCount(); i++) {
            if (!t.isFilled(i)) {
                continue;
            }
            IndicatorRow row = t.row(i);
            IndicatorValue v = t.value(i);
            IndicatorKind kind = t.kind(i);
            Location at = Location.row(i, IndicatorColumn.VALUE);
            switch (v.kind()) {
                case BLANK ->
                    out.report(
                            Severity.ERROR,
                            at,
                            Message.of("rule.R21.blank", row.level3().strip()));
                case TEXT -> {
                    if (kind != IndicatorKind.COST && !vagueWords.isIn(row.valueText())) {
                        out.report(
                                Severity.WARNING,
                                at,
                                Message.of("rule.R21.unreadable", Texts.excerpt(row.valueText(), 20)));
                    }
                }
                case GRADE, DEADLINE -> {
                    if (kind == IndicatorKind.QUANTITY) {
                        out.report(
                                Severity.WARNING,
                                at,
                                Message.of("rule.R21.notQuantity", Texts.excerpt(row.valueText())));
                    }
                }
                case QUANTITATIVE -> {
                    if (kind == IndicatorKind.TIMELINESS && !isTimeUnit(v.unit())) {
                        out.report(
                                Severity.WARNING, at, Message.of("rule.R21.notTime", Texts.excerpt(row.valueText())));
                    }
                }
                default -> {}
            }
        }
    }

    private boolean isTimeUnit(@Nullable String unit) {
        if (unit == null || unit.isEmpty()) {
            return false;
        }
        int slash = unit.indexOf('/');
        return timeUnits.contains(slash < 0 ? unit : unit.substring(0, slash));
    }
}
