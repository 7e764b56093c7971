package cn.perftarget.ui.editor;

import cn.perftarget.domain.table.SpendingPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The running check of 资金支出计划 while it is typed: cumulative percentages that never fall and end at 100% by
 * 12月底. Returns message keys with their arguments (checkpoints are named by the bundles); empty means the plan is
 * sound.
 */
final class PlanCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record Problem(String key, Object... args) {}

    private PlanCheck() {}

    static List<Problem> check(SpendingPlan plan) {
        List<Problem> problems = new ArrayList<>();
        List<SpendingPlan.Checkpoint> blank = new ArrayList<>();
        BigDecimal previous = null;
        SpendingPlan.Checkpoint previousName = null;
        for (int i = 0; i < 4; i++) {
            SpendingPlan.Checkpoint name = SpendingPlan.Checkpoint.of(i);
            Optional<BigDecimal> v = plan.value(i);
            if (v.isEmpty()) {
                blank.add(name);
                continue;
            }
            if (v.get().compareTo(HUNDRED) > 0) {
                problems.add(new Problem("editor.plan.above100", name, v.get().toPlainString()));
            }
            if (previous != null && previousName != null && v.get().compareTo(previous) < 0) {
                problems.add(new Problem(
                        "editor.plan.falls", name, v.get().toPlainString(), previousName, previous.toPlainString()));
            }
            previous = v.get();
            previousName = name;
        }
        if (!blank.isEmpty()) {
            problems.add(0, new Problem("editor.plan.blank", List.copyOf(blank)));
        }
        Optional<BigDecimal> december = plan.value(3);
        if (december.isPresent() && december.get().compareTo(HUNDRED) != 0) {
            problems.add(new Problem("editor.plan.notHundred", december.get().toPlainString()));
        }
        return problems;
    }
}
