package cn.perftarget.domain.rules.plan;

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

    public static final RuleInfo INFO = RuleInfo.of("R11", "支出计划未到100%", Severity.ERROR,
            "资金支出计划12月底的累计比例应为100%（12月底空着而前面已填写的，也算未到100%）。可一键把12月底改为100%。",
            "000：项目审批工作12月底为25%；002：法律顾问费10月底填了100%，12月底空着。");

    public PlanEndsAt100Rule(RuleParameters p) {
    }

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
        Fix fix = new Fix("把12月底改为100%", tt -> tt.withPlan(withDecember(tt.plan())));
        if (r.blank[3]) {
            out.report(Severity.ERROR, Location.plan(3),
                    "资金支出计划到" + SpendingPlan.CHECKPOINTS.get(r.lastPresent) + "为"
                            + plan.cells().get(r.lastPresent).strip() + "，12月底却空着。12月底的累计支出比例应为100%。",
                    fix);
        } else if (r.values[3].compareTo(PlanReading.HUNDRED) != 0) {
            out.report(Severity.ERROR, Location.plan(3),
                    "资金支出计划12月底为" + plan.december().strip() + "，应为100%（全年预算全部支出）。"
                            + "若预计有结余，请调整预算数而不是支出比例。", fix);
        }
    }

    private static SpendingPlan withDecember(SpendingPlan plan) {
        List<String> cells = new ArrayList<>(plan.cells());
        cells.set(3, "100%");
        return SpendingPlan.of(cells);
    }
}
