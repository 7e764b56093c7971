package cn.perftarget.workflow.overview;

import cn.perftarget.bpmn.Grade;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the overview counts of a set of tables (a unit, a department, a year): tables and 预算数 (万元) per state, tables
 * per last fiscal grade, and the tables that needed a return.
 */
public record Counts(
        Map<OverviewState, Long> tables,
        Map<OverviewState, BigDecimal> budget,
        Map<Grade, Long> grades,
        long returned) {

    public static final Counts NONE = new Builder().build();

    public Counts {
        tables = Map.copyOf(tables);
        budget = Map.copyOf(budget);
        grades = Map.copyOf(grades);
    }

    public long tables(OverviewState state) {
        return tables.getOrDefault(state, 0L);
    }

    public BigDecimal budget(OverviewState state) {
        return budget.getOrDefault(state, BigDecimal.ZERO);
    }

    public long grade(Grade grade) {
        return grades.getOrDefault(grade, 0L);
    }

    public long total() {
        return tables.values().stream().mapToLong(Long::longValue).sum();
    }

    public BigDecimal totalBudget() {
        return budget.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Tables beyond 编制中 (submitted at least as far as the department, or decided, or adjusted). */
    public long submitted() {
        return total() - tables(OverviewState.DRAFTING);
    }

    /** The share of tables that needed a return, 0 to 1 (0 without tables). */
    public double returnedShare() {
        long total = total();
        return total == 0 ? 0 : (double) returned / total;
    }

    static Counts sum(Collection<Counts> parts) {
        Builder b = new Builder();
        parts.forEach(b::add);
        return b.build();
    }

    /** Adds counter rows up. */
    static final class Builder {
        private final Map<OverviewState, Long> tables = new EnumMap<>(OverviewState.class);
        private final Map<OverviewState, BigDecimal> budget = new EnumMap<>(OverviewState.class);
        private final Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        private long returned;

        void add(
                OverviewState state,
                @org.jspecify.annotations.Nullable Grade grade,
                boolean wasReturned,
                long n,
                BigDecimal money) {
            if (n == 0 && money.signum() == 0) {
                return;
            }
            tables.merge(state, n, Long::sum);
            budget.merge(state, money, BigDecimal::add);
            if (grade != null) {
                grades.merge(grade, n, Long::sum);
            }
            if (wasReturned) {
                returned += n;
            }
        }

        void add(Counts other) {
            other.tables.forEach((k, v) -> tables.merge(k, v, Long::sum));
            other.budget.forEach((k, v) -> budget.merge(k, v, BigDecimal::add));
            other.grades.forEach((k, v) -> grades.merge(k, v, Long::sum));
            returned += other.returned;
        }

        Counts build() {
            return new Counts(tables, budget, grades, returned);
        }
    }
}
