package cn.perftarget.domain.rules.indicator;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.value.ValueKind;

/**
 * R20: rows shifted against each other: a row's text 值 equals the 三级 name or the description of the row above or
 * below (and not its own description, which would be R18/R27 territory, not a shift).
 */
public final class ShiftedRowsRule implements Rule {

    public static final RuleInfo INFO =
            RuleInfo.of("R20", Severity.ERROR, "rule.R20.name", "rule.R20.checks", "rule.R20.example");

    public ShiftedRowsRule(RuleParameters p) {}

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
                String key = value.equals(t.key(j, IndicatorColumn.LEVEL3))
                        ? "rule.R20.sameAsName"
                        : value.equals(t.key(j, IndicatorColumn.DESCRIPTION)) ? "rule.R20.sameAsDescription" : null;
                if (key != null) {
                    out.report(
                            Severity.ERROR,
                            Location.row(i, IndicatorColumn.VALUE),
                            Message.of(key, i + 1, Texts.excerpt(row.valueText(), 20), j + 1));
                    break;
                }
            }
        }
    }
}
