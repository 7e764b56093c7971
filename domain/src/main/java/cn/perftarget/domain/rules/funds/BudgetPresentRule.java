package cn.perftarget.domain.rules.funds;

import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.TableField;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.MoneyCell;

/** R07: 预算数 missing, unreadable or not positive. */
public final class BudgetPresentRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R07", "预算数缺失", Severity.ERROR,
            "预算数未填写、无法识别，或小于等于0。",
            "000：四张表都没有任何金额。");

    public BudgetPresentRule(RuleParameters p) {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        MoneyCell budget = t.table().budget();
        if (budget.isBlank()) {
            out.report(Severity.ERROR, Location.field(TableField.BUDGET),
                    "预算数未填写。请按批复（申报）的金额填写预算数，单位万元，保留两位小数。");
        } else if (t.budget().isEmpty()) {
            out.report(Severity.ERROR, Location.field(TableField.BUDGET),
                    "预算数" + Texts.quote(budget.text()) + "不是金额。请填写数字，单位万元，如“12.00”。");
        } else if (t.budget().get().signum() <= 0) {
            out.report(Severity.ERROR, Location.field(TableField.BUDGET),
                    "预算数为" + budget.text().strip() + "，必须大于0。没有资金的项目不需要填报绩效目标表。");
        }
    }
}
