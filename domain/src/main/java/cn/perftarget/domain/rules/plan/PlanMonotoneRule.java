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
import java.math.BigDecimal;

/** R10: a cumulative checkpoint smaller than an earlier one. */
public final class PlanMonotoneRule implements Rule {

    public static final RuleInfo INFO =
            RuleInfo.of("R10", Severity.ERROR, "rule.R10.name", "rule.R10.checks", "rule.R10.example");

    public PlanMonotoneRule(RuleParameters p) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        SpendingPlan plan = t.table().plan();
        PlanReading r = PlanReading.of(t);
        int prev = -1;
        for (int i = 0; i < 4; i++) {
            BigDecimal v = r.values[i];
            if (v == null) {
                continue;
            }
            if (prev >= 0 && v.compareTo(r.values[prev]) < 0) {
                out.report(
                        Severity.ERROR,
                        Location.plan(i),
                        Message.of(
                                "rule.R10.falls",
                                SpendingPlan.Checkpoint.of(prev),
                                plan.cells().get(prev).strip(),
                                SpendingPlan.Checkpoint.of(i),
                                plan.cells().get(i).strip()));
            }
            if (prev < 0 || v.compareTo(r.values[prev]) >= 0) {
                prev = i;
            }
        }
    }
}
