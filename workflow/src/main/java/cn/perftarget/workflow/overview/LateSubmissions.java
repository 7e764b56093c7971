package cn.perftarget.workflow.overview;

import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * 逾期提交: the tables first submitted after the round's submission deadline, per department of the scope. The budget
 * rounds (a round per region and fiscal year with its deadlines, and a flag on a table when its first submission was
 * late) are built apart; until they are here no bean implements this and the overview shows no such figure.
 * <p>
 * The figure is one statement over the scope's units, e.g. (with the rounds' flag {@code target_table.submitted_late}):
 * <pre>
 * with SCOPE select u.department_id, count(*) filter (where t.submitted_late), count(*) filter (where t.submitted_at
 * is not null) from target_table t join scope_units u on u.id = t.unit_id where t.fiscal_year = :year group by 1
 * </pre>
 * (or a counter column {@code late} of {@code overview_count}, kept by its trigger, for 1,000,000 tables).
 */
public interface LateSubmissions {

    /**
     * The late submissions of the year in the overview's scope.
     *
     * @param scopeSql  the common table expressions {@code scope_departments (id)}, {@code scope_units (id,
     *                  department_id, deactivated)} to put after {@code with}
     * @param scopeArgs their parameters (named), to which {@code :year} is to be added
     * @return nothing when the year has no round (no deadline)
     */
    Optional<LateFigures> of(String scopeSql, MapSqlParameterSource scopeArgs, int year);

    /**
     * @param deadline  the round's submission deadline
     * @param perDepartment department id → tables first submitted after it
     */
    record LateFigures(java.time.Instant deadline, java.util.Map<Long, Long> perDepartment) {

        public LateFigures {
            perDepartment = java.util.Map.copyOf(perDepartment);
        }

        public long total() {
            return perDepartment.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
