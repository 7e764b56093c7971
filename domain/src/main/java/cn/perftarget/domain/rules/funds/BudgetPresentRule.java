package cn.perftarget.domain.rules.funds;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.TableField;

/** R07: 预算数 missing, unreadable or not positive. */
public final class BudgetPresentRule implements Rule {

    public static final RuleInfo INFO =
            RuleInfo.of("R07", Severity.ERROR, "rule.R07.name", "rule.R07.checks", "rule.R07.example");

    public BudgetPresentRule(RuleParameters p) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        MoneyCell budget = t.table().budget();
        if (budget.isBlank()) {
            out.report(Severity.ERROR, Location.field(TableField.BUDGET), Message.of("rule.R07.blank"));
        } else if (t.budget().isEmpty()) {
            out.report(
                    Severity.ERROR,
                    Location.field(TableField.BUDGET),
                    Message.of("rule.R07.notAmount", Texts.excerpt(budget.text())));
        } else if (t.budget().get().signum() <= 0) {
            out.report(
                    Severity.ERROR,
                    Location.field(TableField.BUDGET),
                    Message.of("rule.R07.notPositive", budget.text().strip()));
        }
    }
}
