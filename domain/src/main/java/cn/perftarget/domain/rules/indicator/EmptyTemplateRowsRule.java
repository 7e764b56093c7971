package cn.perftarget.domain.rules.indicator;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;

/** R15: a row left from the template: a 二级 category with no 三级 name, description, value or basis. */
public final class EmptyTemplateRowsRule implements Rule {

    public static final RuleInfo INFO =
            RuleInfo.of("R15", Severity.INFO, "rule.R15.name", "rule.R15.checks", "rule.R15.example");

    public EmptyTemplateRowsRule(RuleParameters p) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        for (int i = 0; i < t.rowCount(); i++) {
            IndicatorRow row = t.row(i);
            if (!t.isEmptyTemplateRow(i)
                    || (row.level1().isBlank() && row.level2().isBlank())) {
                continue;
            }
            IndicatorRow target = row;
            String category =
                    row.level2().isBlank() ? row.level1().strip() : row.level2().strip();
            out.report(
                    Severity.INFO,
                    Location.row(i),
                    Message.of("rule.R15.emptyRow", i + 1, category),
                    new Fix(Message.of("rule.R15.fix", category), tt -> removeRow(tt, target)));
        }
    }

    private static TargetTable removeRow(TargetTable table, IndicatorRow row) {
        List<IndicatorRow> rows = new ArrayList<>(table.indicators());
        int at = rows.indexOf(row);
        if (at < 0) {
            return table;
        }
        rows.remove(at);
        return table.withIndicators(rows);
    }
}
