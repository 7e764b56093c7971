package cn.perftarget.domain.rules.plan;

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

    public static final RuleInfo INFO = RuleInfo.of("R09", "支出计划应为百分比", Severity.ERROR,
            "资金支出计划应填累计百分比；若最后一个值等于预算数（或超过100），说明填的是金额，可一键换算成百分比；"
                    + "数字无法识别也为错误；只漏了“%”号的为提示，可一键补上。",
            "预算数4.00，支出计划写“1.00 2.00 3.00 4.00” → 换算为“25.00% 50.00% 75.00% 100.00%”。")
            .withSeverityNote("填成金额或无法识别为错误；只缺“%”号为提示");

    public PlanInPercentRule(RuleParameters p) {
    }

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
                out.report(Severity.ERROR, Location.plan(i),
                        "资金支出计划" + SpendingPlan.CHECKPOINTS.get(i) + Texts.quote(plan.cells().get(i))
                                + "不是百分比。请填写累计支出比例，如“25%”。");
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
                fix = new Fix("按预算数" + Money.format(total) + "万元换算成百分比", tt -> tt.withPlan(toPercent(tt.plan(), total)));
            }
            out.report(Severity.ERROR, Location.plan(-1),
                    "资金支出计划填的是金额（" + String.join("、", nonBlank(plan)) + "），不是累计百分比。"
                            + "请按“累计支出金额 ÷ 预算数”换算成百分比，12月底为100%。", fix);
        } else {
            out.report(Severity.INFO, Location.plan(-1),
                    "资金支出计划的数字没有写“%”。请写成百分比，如“25%”。",
                    new Fix("给支出计划补上“%”", tt -> tt.withPlan(addPercentSigns(tt.plan()))));
        }
    }

    private static List<String> nonBlank(SpendingPlan plan) {
        List<String> out = new ArrayList<>();
        for (String c : plan.cells()) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }

    static SpendingPlan toPercent(SpendingPlan plan, BigDecimal budget) {
        List<String> cells = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            Optional<BigDecimal> v = plan.value(i);
            cells.add(v.map(x -> x.multiply(PlanReading.HUNDRED).divide(budget, 2, RoundingMode.HALF_UP)
                    .toPlainString() + "%").orElse(plan.cells().get(i)));
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
