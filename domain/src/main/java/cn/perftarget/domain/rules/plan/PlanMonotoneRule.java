package cn.perftarget.domain.rules.plan;

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

    public static final RuleInfo INFO = RuleInfo.of("R10", "支出计划递减", Severity.ERROR,
            "资金支出计划是累计数，后一时点不能小于前一时点。",
            "000：项目审批工作的支出计划为10%、50%、75%、25%。");

    public PlanMonotoneRule(RuleParameters p) {
    }

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
                out.report(Severity.ERROR, Location.plan(i),
                        "资金支出计划" + SpendingPlan.CHECKPOINTS.get(prev) + "为" + plan.cells().get(prev).strip()
                                + "，" + SpendingPlan.CHECKPOINTS.get(i) + "却为" + plan.cells().get(i).strip()
                                + "。支出计划是累计比例，只能持平或增加，请改正。");
            }
            if (prev < 0 || v.compareTo(r.values[prev]) >= 0) {
                prev = i;
            }
        }
    }
}
