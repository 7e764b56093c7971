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
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;

/**
 * R29: every filled row needs a 指标值确定依据 (blank → ERROR); a basis that repeats the indicator name, or one generic
 * basis on every row, is worth a note (INFO).
 */
public final class BasisPresentRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
                    "R29",
                    Severity.ERROR,
                    "rule.R29.name",
                    "rule.R29.checks",
                    "rule.R29.example",
                    RuleParameter.number("minRowsForGeneric", "rule.R29.param.minRowsForGeneric", "3"))
            .withSeverityNote("rule.R29.severityNote");

    private final int minRows;

    public BasisPresentRule(RuleParameters p) {
        this.minRows = p.number("minRowsForGeneric").intValue();
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        String common = null;
        int filled = 0;
        boolean allSame = true;
        for (int i = 0; i < t.rowCount(); i++) {
            if (!t.isFilled(i)) {
                continue;
            }
            IndicatorRow row = t.row(i);
            String basis = t.key(i, IndicatorColumn.BASIS);
            Location at = Location.row(i, IndicatorColumn.BASIS);
            filled++;
            if (basis.isEmpty()) {
                allSame = false;
                out.report(
                        Severity.ERROR,
                        at,
                        Message.of("rule.R29.blank", row.level3().strip()));
                continue;
            }
            if (basis.equals(t.key(i, IndicatorColumn.LEVEL3))) {
                out.report(Severity.INFO, at, Message.of("rule.R29.sameAsName", Texts.excerpt(row.basis(), 20)));
            }
            if (common == null) {
                common = basis;
            } else if (!common.equals(basis)) {
                allSame = false;
            }
        }
        if (allSame && common != null && filled >= minRows) {
            out.report(Severity.INFO, Location.INDICATORS, Message.of("rule.R29.generic", filled, common));
        }
    }
}
