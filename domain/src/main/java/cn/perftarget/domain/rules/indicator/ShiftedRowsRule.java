package cn.perftarget.domain.rules.indicator;

import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.IndicatorColumn;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.value.ValueKind;

/**
 * R20: rows shifted against each other: a row's text 值 equals the 三级 name or the description of the row above or
 * below (and not its own description, which would be R18/R27 territory, not a shift).
 */
public final class ShiftedRowsRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R20", "错行", Severity.ERROR,
            "某行的指标值等于上一行或下一行的三级指标名称或描述，说明填表时整列错位了。",
            "002：企业服务中心工作专项效益指标各行的指标值是上一行的三级指标名称。");

    public ShiftedRowsRule(RuleParameters p) {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        int n = t.rowCount();
        for (int i = 0; i < n; i++) {
            if (t.value(i).kind() != ValueKind.TEXT) {
                continue;
            }
            IndicatorRow row = t.row(i);
            String value = t.key(i, IndicatorColumn.VALUE);
            if (value.length() < 2 || value.equals(t.key(i, IndicatorColumn.DESCRIPTION))) {
                continue;
            }
            for (int j = i - 1; j <= i + 1; j += 2) {
                if (j < 0 || j >= n) {
                    continue;
                }
                String what = value.equals(t.key(j, IndicatorColumn.LEVEL3)) ? "三级指标名称"
                        : value.equals(t.key(j, IndicatorColumn.DESCRIPTION)) ? "指标描述" : null;
                if (what != null) {
                    out.report(Severity.ERROR, Location.row(i, IndicatorColumn.VALUE),
                            "第" + (i + 1) + "行的指标值" + Texts.quote(row.valueText(), 20) + "与第" + (j + 1)
                                    + "行的" + what + "相同，疑似填表时错行。请逐行核对三级指标、描述和指标值是否对应。");
                    break;
                }
            }
        }
    }
}
