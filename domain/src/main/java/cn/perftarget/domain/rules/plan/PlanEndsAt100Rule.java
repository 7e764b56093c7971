package cn.perftarget.domain.rules.plan;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.table.SpendingPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * R11: 12月底 is not 100%: another value, or blank while earlier checkpoints are filled (a plan that stops at 10月底).
 * A plan written in money is R09's.
 */
public final class PlanEndsAt100Rule implements Rule {

    public static final RuleInfo INFO =
            RuleInfo.of("R11", Severity.ERROR, "rule.R11.name", "rule.R11.checks", "rule.R11.example");

    public PlanEndsAt100Rule(RuleParameters p) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        SpendingPlan plan = t.table().plan();
        PlanReading r = PlanReading.of(t);
        if (!r.hasValues() || r.isMoney(t.budget()) || r.unreadable[3]) {
            return;
        }
        Fix fix = new Fix(Message.of("rule.R11.fix"), tt -> tt.withPlan(withDecember(tt.plan())));
        if (r.blank[3]) {
            out.report(
                    Severity.ERROR,
                    Location.plan(3),
                    Message.of(
                            "rule.R11.decemberBlank",
                            SpendingPlan.Checkpoint.of(r.lastPresent),
                            plan.cells().get(r.lastPresent).strip()),
                    fix);
        } else if (r.values[3].compareTo(PlanReading.HUNDRED) != 0) {
            out.report(
                    Severity.ERROR,
                    Location.plan(3),
                    Message.of("rule.R11.notHundred", plan.december().strip()),
                    fix);
        }
    }

    private static SpendingPlan withDecember(SpendingPlan plan) {
        List<String> cells = new ArrayList<>(plan.cells());
        cells.set(3, "100%");
        return SpendingPlan.of(cells);
    }
}
