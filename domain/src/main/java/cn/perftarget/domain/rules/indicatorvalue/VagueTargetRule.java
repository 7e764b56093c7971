package cn.perftarget.domain.rules.indicatorvalue;

import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.IndicatorColumn;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.TableField;
import cn.perftarget.domain.rules.text.Keywords;
import cn.perftarget.domain.rules.text.Texts;
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

    public static final RuleInfo INFO = RuleInfo.of("R27", "目标模糊", Severity.WARNING,
            "指标值是“显著提升”“持续提升”“保障工作顺利开展”这类模糊文字（不是配置的等级），或写成“>0”“≥0”，"
                    + "或一张表一半以上的指标值是定性的。",
            "004：印刷费的指标值多为“显著提升”；专家评审费的“评审专家数 ＞0”。",
            RuleParameter.words("vagueWords", "模糊用语", "提升", "提高", "改善", "优化", "促进", "加强", "增强", "保障",
                    "保证", "确保", "顺利", "有效", "持续", "显著", "明显", "稳步", "进一步", "满足", "降低", "减少", "拉动",
                    "营造", "维护", "成效", "良好的"),
            RuleParameter.number("maxQualitativeShare", "定性指标值占比上限", "0.5"));

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
                out.report(Severity.WARNING, at,
                        "指标值" + Texts.quote(row.valueText(), 20) + "是模糊的说法，无法考核。"
                                + "请写出可衡量的目标，如“提升”写成“办理时限由10天缩短到5天”“满意度≥95%”。");
            } else if (v.isQuantitative() && v.number().signum() == 0
                    && (v.operator() == Operator.GT || v.operator() == Operator.GE)) {
                out.report(Severity.WARNING, at,
                        "指标值" + Texts.quote(row.valueText()) + "等于没有目标：任何结果都能达到。请写出具体的目标数量或比率。");
            }
        }
        if (valued >= 2 && BigDecimal.valueOf(qualitative).compareTo(maxShare.multiply(BigDecimal.valueOf(valued))) > 0) {
            out.report(Severity.WARNING, Location.field(TableField.INDICATORS),
                    valued + "个指标值中有" + qualitative + "个是定性文字，超过一半。绩效指标应以定量为主，请尽量改为数值、比率或时限。");
        }
    }
}
