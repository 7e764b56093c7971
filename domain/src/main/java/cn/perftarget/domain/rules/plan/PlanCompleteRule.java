package cn.perftarget.domain.rules.plan;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.table.SpendingPlan;

/** R08: a blank checkpoint of the spending plan: 12月底 (or the whole plan) → ERROR, an earlier one → WARNING. */
public final class PlanCompleteRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
                    "R08", Severity.ERROR, "rule.R08.name", "rule.R08.checks", "rule.R08.example")
            .withSeverityNote("rule.R08.severityNote");

    public PlanCompleteRule(RuleParameters p) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        PlanReading r = PlanReading.of(t);
        if (r.allBlank()) {
            out.report(Severity.ERROR, Location.PLAN, Message.of("rule.R08.allBlank"));
            return;
        }
        for (int i = 0; i < 4; i++) {
            if (!r.blank[i]) {
                continue;
            }
            if (i == 3) {
                out.report(Severity.ERROR, Location.plan(3), Message.of("rule.R08.decemberBlank"));
            } else {
                out.report(
                        Severity.WARNING,
                        Location.plan(i),
                        Message.of("rule.R08.blank", SpendingPlan.Checkpoint.of(i)));
            }
        }
    }
}
