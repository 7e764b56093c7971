package cn.perftarget.domain.rules.indicator;

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
import cn.perftarget.domain.rules.text.Money;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.value.IndicatorValue;
import cn.perftarget.domain.value.ValueKind;
import org.jspecify.annotations.Nullable;

/**
 * R17: keyword checks that a row sits in the right category: 满意 only under 满意度; money only under 成本;
 * budget-management ideas (专款专用, 资金到位 …) are not outputs; 生态 rows need ecological content; 时效 rows need
 * a time (a deadline, a duration, or words such as 及时, 按期, 时限).
 */
public final class CategoryFitRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
            "R17",
            Severity.WARNING,
            "rule.R17.name",
            "rule.R17.checks",
            "rule.R17.example",
            RuleParameter.words("satisfactionWords", "rule.R17.param.satisfactionWords", "满意"),
            RuleParameter.words(
                    "budgetManagementWords",
                    "rule.R17.param.budgetManagementWords",
                    "专款专用",
                    "资金到位",
                    "预算执行",
                    "拨款保障",
                    "财政拨款",
                    "资金拨付",
                    "支出进度",
                    "执行率"),
            RuleParameter.words(
                    "ecologicalWords",
                    "rule.R17.param.ecologicalWords",
                    "生态",
                    "环保",
                    "环境保护",
                    "环境质量",
                    "节能",
                    "减排",
                    "绿色",
                    "污染",
                    "能耗",
                    "低碳",
                    "碳排放",
                    "节水",
                    "节电",
                    "节约用水",
                    "无纸化",
                    "垃圾",
                    "植被",
                    "绿化",
                    "空气",
                    "水质",
                    "噪声",
                    "资源节约",
                    "循环利用"),
            RuleParameter.words(
                    "nonEcologicalEnvironments",
                    "rule.R17.param.nonEcologicalEnvironments",
                    "营商环境",
                    "工作环境",
                    "办公环境",
                    "创业环境",
                    "服务环境",
                    "发展环境",
                    "政务环境",
                    "交易环境",
                    "投资环境",
                    "网络环境"),
            RuleParameter.words(
                    "timeWords",
                    "rule.R17.param.timeWords",
                    "及时",
                    "按时",
                    "按期",
                    "时间",
                    "时限",
                    "期限",
                    "进度",
                    "时效",
                    "周期",
                    "限时",
                    "当日",
                    "当天",
                    "日内",
                    "月底",
                    "年底",
                    "季度",
                    "逾期",
                    "提前",
                    "办结",
                    "工作日"),
            RuleParameter.words(
                    "timeUnits",
                    "rule.R17.param.timeUnits",
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
                    "个月"));

    /** Where satisfaction indicators belong: the framework's names, as the drafter picks them. */
    private static final String SATISFACTION_LEVEL1 = "满意度指标";

    private static final String SATISFACTION_LEVEL2 = "服务对象满意度指标";

    private final Keywords satisfaction;
    private final Keywords budgetManagement;
    private final Keywords ecological;
    private final String[] nonEcological;
    private final Keywords timeWords;
    private final java.util.Set<String> timeUnits;

    public CategoryFitRule(RuleParameters p) {
        this.satisfaction = p.keywords("satisfactionWords");
        this.budgetManagement = p.keywords("budgetManagementWords");
        this.ecological = p.keywords("ecologicalWords");
        this.nonEcological = p.wordArray("nonEcologicalEnvironments");
        this.timeWords = p.keywords("timeWords");
        this.timeUnits = java.util.Set.copyOf(p.words("timeUnits"));
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        for (int i = 0; i < t.rowCount(); i++) {
            IndicatorKind kind = t.kind(i);
            if (kind == null || !t.isFilled(i)) {
                continue;
            }
            IndicatorRow row = t.row(i);
            String name = row.level3();
            IndicatorValue value = t.value(i);
            String word;
            if (kind != IndicatorKind.SATISFACTION && (word = satisfaction.firstIn(name)) != null) {
                out.report(
                        Severity.WARNING,
                        Location.row(i, IndicatorColumn.LEVEL3),
                        Message.of(
                                "rule.R17.satisfaction",
                                name.strip(),
                                word,
                                row.level2().strip(),
                                SATISFACTION_LEVEL1,
                                SATISFACTION_LEVEL2));
            } else if (kind.isOutput() && (word = budgetManagement.firstIn(name)) != null) {
                out.report(
                        Severity.WARNING,
                        Location.row(i, IndicatorColumn.LEVEL3),
                        Message.of("rule.R17.budgetManagement", name.strip(), word));
            } else if (Money.isMoney(value)
                    && kind != IndicatorKind.COST
                    && kind != IndicatorKind.SOCIAL_COST
                    && kind != IndicatorKind.ECOLOGICAL_COST) {
                out.report(
                        Severity.WARNING,
                        Location.row(i, IndicatorColumn.VALUE),
                        Message.of(
                                "rule.R17.money",
                                Texts.excerpt(row.valueText()),
                                row.level2().strip()));
            } else if (kind == IndicatorKind.ECOLOGICAL_BENEFIT && !isEcological(row)) {
                out.report(
                        Severity.WARNING,
                        Location.row(i, IndicatorColumn.LEVEL3),
                        Message.of("rule.R17.ecological", name.strip()));
            } else if (kind == IndicatorKind.TIMELINESS && !hasTime(row, value)) {
                out.report(
                        Severity.WARNING,
                        Location.row(i, IndicatorColumn.LEVEL3),
                        Message.of("rule.R17.timeliness", name.strip()));
            }
        }
    }

    private boolean isEcological(IndicatorRow row) {
        String text = row.level3() + "|" + row.description() + "|" + row.valueText();
        for (String w : nonEcological) {
            if (text.contains(w)) {
                text = text.replace(w, "");
            }
        }
        return ecological.isIn(text);
    }

    private boolean hasTime(IndicatorRow row, IndicatorValue value) {
        if (value.kind() == ValueKind.DEADLINE) {
            return true;
        }
        if (value.isQuantitative() && isTimeUnit(value.unit())) {
            return true;
        }
        return timeWords.isIn(row.level3()) || timeWords.isIn(row.description());
    }

    private boolean isTimeUnit(@Nullable String unit) {
        if (unit == null || unit.isEmpty()) {
            return false;
        }
        int slash = unit.indexOf('/');
        return timeUnits.contains(slash < 0 ? unit : unit.substring(0, slash));
    }
}
