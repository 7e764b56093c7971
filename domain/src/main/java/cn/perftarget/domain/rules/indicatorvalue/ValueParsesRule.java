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
import cn.perftarget.domain.rules.text.Keywords;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.value.IndicatorValue;
import cn.perftarget.domain.value.ValueKind;

import java.util.Set;

/**
 * R21: the 指标值 must read as a quantity, a deadline or a configured grade, and suit its category. Blank → ERROR.
 * Text with a vague phrase (显著提升 …) is R27's and a cost row's value R26's, so they are not reported twice.
 */
public final class ValueParsesRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R21", "指标值无法识别", Severity.WARNING,
            "指标值应为数值（[比较符]数字[单位]）、时限（如“每月15日前”）或配置的等级（好、较好、一般……），并与类别相符："
                    + "数量指标要数量，时效指标要时限、时长或及时率。指标值空着为错误。（含“提升”等模糊用语的文字由R27报告，"
                    + "成本指标由R26报告。）",
            "002：业务评审专项每个指标值都是“11”（时效指标的“11”不是时限）；001：系统维护费的数量指标值是“按时完成”。",
            RuleParameter.words("timeUnits", "时效指标可用的单位", "天", "日", "月", "年", "周", "小时", "分钟", "工作日",
                    "个工作日", "季度", "个月", "%"))
            .withSeverityNote("指标值空着为错误；无法识别或与类别不符为警告");

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
                case BLANK -> out.report(Severity.ERROR, at,
                        "指标“" + row.level3().strip() + "”没有填指标值。请填写可衡量的目标值，如“≥95%”“20次”“每月15日前”。");
                case TEXT -> {
                    if (kind != IndicatorKind.COST && !vagueWords.isIn(row.valueText())) {
                        out.report(Severity.WARNING, at,
                                "指标值" + Texts.quote(row.valueText(), 20) + "不是数值、时限或等级，无法考核。"
                                        + "请改为可衡量的值，如“≥95%”“20次”“每月15日前”。");
                    }
                }
                case GRADE, DEADLINE -> {
                    if (kind == IndicatorKind.QUANTITY) {
                        out.report(Severity.WARNING, at,
                                "数量指标的值" + Texts.quote(row.valueText()) + "不是数量。请写明数量和单位，如“20次”“≥500件”。");
                    }
                }
                case QUANTITATIVE -> {
                    if (kind == IndicatorKind.TIMELINESS && !isTimeUnit(v.unit())) {
                        out.report(Severity.WARNING, at,
                                "时效指标的值" + Texts.quote(row.valueText()) + "不是时限、时长或及时率。"
                                        + "请写如“每月15日前”“≤5个工作日”“及时率≥95%”。");
                    }
                }
                default -> {
                }
            }
        }
    }

    private boolean isTimeUnit(String unit) {
        if (unit == null || unit.isEmpty()) {
            return false;
        }
        int slash = unit.indexOf('/');
        return timeUnits.contains(slash < 0 ? unit : unit.substring(0, slash));
    }
}
