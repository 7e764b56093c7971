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
import cn.perftarget.domain.rules.text.Money;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.SpendingPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R09: the spending plan must be percentages. A series whose last value equals 预算数 (or that exceeds 100) is money:
 * offer to convert it. A series of plain numbers up to 100 without % signs gets the signs added (INFO).
 */
public final class PlanInPercentRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
                    "R09", Severity.ERROR, "rule.R09.name", "rule.R09.checks", "rule.R09.example")
            .withSeverityNote("rule.R09.severityNote");

    public PlanInPercentRule(RuleParameters p) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        SpendingPlan plan = t.table().plan();
        PlanReading r = PlanReading.of(t);
        for (int i = 0; i < 4; i++) {
            if (r.unreadable[i]) {
                out.report(
                        Severity.ERROR,
                        Location.plan(i),
                        Message.of(
                                "rule.R09.unreadable",
                                SpendingPlan.Checkpoint.of(i),
                                Texts.excerpt(plan.cells().get(i))));
            }
        }
        if (!r.hasValues() || r.anyPercent) {
            return;
        }
        Optional<BigDecimal> budget = t.budget();
        if (r.isMoney(budget)) {
            Fix fix = null;
            if (budget.isPresent() && budget.get().signum() > 0) {
                BigDecimal total = budget.get();
                fix = new Fix(
                        Message.of("rule.R09.fixMoney", Money.format(total)),
                        tt -> tt.withPlan(toPercent(tt.plan(), total)));
            }
            out.report(Severity.ERROR, Location.PLAN, Message.of("rule.R09.money", nonBlank(plan)), fix);
        } else {
            out.report(
                    Severity.INFO,
                    Location.PLAN,
                    Message.of("rule.R09.noPercentSign"),
                    new Fix(Message.of("rule.R09.fixPercentSign"), tt -> tt.withPlan(addPercentSigns(tt.plan()))));
        }
    }

    private static List<String> nonBlank(SpendingPlan plan) {
        List<String> out = new ArrayList<>();
        for (String c : plan.cells()) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return List.copyOf(out);
    }

    static SpendingPlan toPercent(SpendingPlan plan, BigDecimal budget) {
        List<String> cells = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            Optional<BigDecimal> v = plan.value(i);
            cells.add(v.map(x -> x.multiply(PlanReading.HUNDRED)
                                    .divide(budget, 2, RoundingMode.HALF_UP)
                                    .toPlainString() + "%")
                    .orElse(plan.cells().get(i)));
        }
        return SpendingPlan.of(cells);
    }

    private static SpendingPlan addPercentSigns(SpendingPlan plan) {
        List<String> cells = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            String c = plan.cells().get(i);
            cells.add(plan.value(i).isPresent() && !plan.isPercent(i) ? c.strip() + "%" : c);
        }
        return SpendingPlan.of(cells);
    }
}
