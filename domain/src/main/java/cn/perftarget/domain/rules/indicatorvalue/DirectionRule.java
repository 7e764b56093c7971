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
 * R24: the comparison must point the right way. Lower-is-better names (成本, 费用, 故障率, 投诉 …, and every cost row)
 * need ≤ or &lt;; higher-is-better names (满意度, 合格率, 完成率 …) need ≥ or =. The keyword that ends last in the
 * name decides (成本节约率 is a 节约率, 投诉处理满意度 a 满意度). A cost with ≥/&gt; or a satisfaction with ≤/&lt; is an
 * ERROR, any other mismatch a WARNING.
 */
public final class DirectionRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
                    "R24",
                    Severity.ERROR,
                    "rule.R24.name",
                    "rule.R24.checks",
                    "rule.R24.example",
                    RuleParameter.words(
                            "lowerIsBetter",
                            "rule.R24.param.lowerIsBetter",
                            "成本",
                            "费用",
                            "经费",
                            "单价",
                            "故障率",
                            "破损率",
                            "差错",
                            "投诉",
                            "失误率",
                            "事故",
                            "超支",
                            "能耗"),
                    RuleParameter.words(
                            "higherIsBetter",
                            "rule.R24.param.higherIsBetter",
                            "满意度",
                            "满意率",
                            "合格率",
                            "完成率",
                            "及时率",
                            "覆盖率",
                            "达标率",
                            "准确率",
                            "正确率",
                            "通过率",
                            "到位率",
                            "节约率",
                            "知晓率",
                            "办结率",
                            "使用率",
                            "完好率",
                            "成功率"),
                    RuleParameter.words("costWords", "rule.R24.param.costWords", "成本", "费用", "经费", "单价"),
                    RuleParameter.words("satisfactionWords", "rule.R24.param.satisfactionWords", "满意"))
            .withSeverityNote("rule.R24.severityNote");

    private final Keywords lower;
    private final Keywords higher;
    private final Keywords costWords;
    private final Keywords satisfactionWords;

    public DirectionRule(RuleParameters p) {
        this.lower = p.keywords("lowerIsBetter");
        this.higher = p.keywords("higherIsBetter");
        this.costWords = p.keywords("costWords");
        this.satisfactionWords = p.keywords("satisfactionWords");
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
            if (number == null || number.signum() == 0) {
                continue; // a zero target has no direction (R26/R27 report it)
            }
            IndicatorRow row = t.row(i);
            String name = row.level3();
            int lowerEnd = lower.lastEnd(name);
            int higherEnd = higher.lastEnd(name);
            boolean costRow = t.kind(i) == IndicatorKind.COST;
            boolean satisfactionRow = t.kind(i) == IndicatorKind.SATISFACTION;
            boolean lowerBetter = lowerEnd > higherEnd || (higherEnd < 0 && costRow);
            boolean higherBetter = higherEnd > lowerEnd || (lowerEnd < 0 && satisfactionRow);
            Operator op = v.operator();
            Location at = Location.row(i, IndicatorColumn.VALUE);
            if (lowerBetter && op != Operator.LE && op != Operator.LT) {
                String fixed = v.normalisedWith(Operator.LE);
                boolean cost = costRow || costWords.isIn(name);
                boolean wrongWay = op == Operator.GE || op == Operator.GT;
                Severity s = cost && wrongWay ? Severity.ERROR : Severity.WARNING;
                String key = lowerEnd < 0
                        ? (wrongWay ? "rule.R24.costReversed" : "rule.R24.costNoUpperBound")
                        : (wrongWay ? "rule.R24.lowerReversed" : "rule.R24.lowerNoUpperBound");
                out.report(
                        s,
                        at,
                        Message.of(key, name.strip(), Texts.excerpt(row.valueText()), fixed),
                        UnitRequiredRule.setValue(i, fixed));
            } else if (higherBetter && (op == Operator.LE || op == Operator.LT)) {
                String fixed = v.normalisedWith(Operator.GE);
                boolean satisfaction = satisfactionRow || satisfactionWords.isIn(name);
                out.report(
                        satisfaction ? Severity.ERROR : Severity.WARNING,
                        at,
                        Message.of("rule.R24.higherReversed", name.strip(), Texts.excerpt(row.valueText()), fixed),
                        UnitRequiredRule.setValue(i, fixed));
            }
        }
    }
}
