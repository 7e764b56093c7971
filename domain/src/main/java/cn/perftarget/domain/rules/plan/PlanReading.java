package cn.perftarget.domain.rules.plan;

import cn.perftarget.domain.table.SpendingPlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The four checkpoints of a 资金支出计划 read as numbers: which are blank, which unreadable, whether the series is
 * written in percent or is really money (its last value equals 预算数).
 */
final class PlanReading {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final BigDecimal[] values = new BigDecimal[4];
    final boolean[] blank = new boolean[4];
    final boolean[] unreadable = new boolean[4];
    final boolean anyPercent;
    final int lastPresent;

    /** The plan of the table under validation, read once per validation. */
    static PlanReading of(cn.perftarget.domain.rules.TableFacts t) {
        return t.derived(PlanReading.class, f -> new PlanReading(f.table().plan()));
    }

    /** The plan as a comparison key: the four numbers, trailing zeros stripped. */
    String key() {
        StringBuilder b = new StringBuilder(24);
        for (BigDecimal v : values) {
            if (v != null) {
                b.append(v.stripTrailingZeros().toPlainString());
            }
            b.append('|');
        }
        return b.toString();
    }

    PlanReading(SpendingPlan plan) {
        boolean percent = false;
        int last = -1;
        List<String> cells = plan.cells();
        for (int i = 0; i < 4; i++) {
            String cell = cells.get(i);
            blank[i] = cell.isBlank();
            if (blank[i]) {
                continue;
            }
            Optional<BigDecimal> v = plan.value(i);
            if (v.isPresent()) {
                values[i] = v.get();
                last = i;
                percent |= plan.isPercent(i);
            } else {
                unreadable[i] = true;
            }
        }
        this.anyPercent = percent;
        this.lastPresent = last;
    }

    boolean allBlank() {
        return blank[0] && blank[1] && blank[2] && blank[3];
    }

    boolean hasValues() {
        return lastPresent >= 0;
    }

    /**
     * Written as money: no cell has a % sign and the last value equals 预算数 (a budget of exactly 100 is ambiguous
     * and read as percent), or a value exceeds 100.
     */
    boolean isMoney(Optional<BigDecimal> budget) {
        if (anyPercent || !hasValues()) {
            return false;
        }
        BigDecimal last = values[lastPresent];
        if (budget.isPresent()
                && budget.get().signum() > 0
                && budget.get().compareTo(HUNDRED) != 0
                && last.compareTo(budget.get()) == 0) {
            return true;
        }
        for (BigDecimal v : values) {
            if (v != null && v.compareTo(HUNDRED) > 0) {
                return true;
            }
        }
        return false;
    }
}
