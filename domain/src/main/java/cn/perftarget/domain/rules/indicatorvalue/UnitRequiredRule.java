package cn.perftarget.domain.rules.indicatorvalue;

import cn.perftarget.domain.framework.IndicatorKind;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.rules.IndicatorColumn;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.value.IndicatorValue;

import java.math.BigDecimal;

/**
 * R22: a number without a unit (ERROR; a rate-like name gets a one-click “%”), and in a cost row the unit “万” alone
 * (INFO, one click to 万元).
 */
public final class UnitRequiredRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R22", "缺少计量单位", Severity.ERROR,
            "数值型指标值没有计量单位（成本指标要用元或万元）；名称是“率”“度”的可一键补“%”。成本指标只写“万”的为提示，可一键改为“万元”。",
            "000：办件数据“10000以上”；002：审批局政务中心运转专项群众满意度“≥95”；004：成本支出“2.5万”→“2.5万元”。",
            RuleParameter.words("rateSuffixes", "比率类名称的结尾", "率", "比例", "占比", "比重", "百分比", "满意度"))
            .withSeverityNote("缺少单位为错误；成本指标的“万”改“万元”为提示");

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
            if (!v.isQuantitative()) {
                continue;
            }
            IndicatorRow row = t.row(i);
            Location at = Location.row(i, IndicatorColumn.VALUE);
            boolean cost = t.kind(i) == IndicatorKind.COST;
            if (v.unit().isEmpty()) {
                Fix fix = null;
                String hint;
                if (cost) {
                    String amount = v.number().signum() > 0 ? v.number().toPlainString()
                            : t.budget().map(cn.perftarget.domain.rules.text.Money::format).orElse("X");
                    hint = "成本指标请写明“元”或“万元”，如“≤" + amount + "万元”。";
                } else if ((isRate(t.key(i, IndicatorColumn.LEVEL3)) || t.kind(i) == IndicatorKind.SATISFACTION)
                        && v.number().compareTo(HUNDRED) <= 0) {
                    String fixed = v.normalised() + "%";
                    hint = "这是比率，应写成“" + fixed + "”。";
                    fix = setValue(i, fixed);
                } else {
                    hint = "请写明单位，如“" + v.normalised() + "件”“" + v.normalised() + "次”。";
                }
                out.report(Severity.ERROR, at, "指标值" + Texts.quote(row.valueText()) + "没有计量单位。" + hint, fix);
            } else if (cost && "万".equals(v.unit())) {
                String fixed = v.original().strip().replaceFirst("万(?!元)", "万元");
                out.report(Severity.INFO, at, "成本指标值" + Texts.quote(row.valueText()) + "的单位“万”应写作“万元”。",
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
        return new Fix("改为“" + text + "”", tt -> {
            var rows = new java.util.ArrayList<>(tt.indicators());
            if (row >= rows.size()) {
                return tt;
            }
            rows.set(row, IndicatorColumn.VALUE.with(rows.get(row), text));
            return tt.withIndicators(rows);
        });
    }
}
