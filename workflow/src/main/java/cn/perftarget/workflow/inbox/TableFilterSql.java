package cn.perftarget.workflow.inbox;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The table filters as SQL conditions over the aliases {@code t} (target_table), {@code u} (its unit) and {@code d}
 * (the unit's department). The overdue filter depends on the list and is not handled here.
 */
final class TableFilterSql {

    private TableFilterSql() {}

    /** Whether the conditions refer to {@code u} or {@code d}: a count without them need not join them. */
    static boolean usesOrganisation(InboxFilter filter) {
        return given(filter.departmentCode()) || given(filter.unitCode());
    }

    static void apply(InboxFilter filter, List<String> where, MapSqlParameterSource params) {
        if (filter.fiscalYear() != null) {
            where.add("t.fiscal_year = :fYear");
            params.addValue("fYear", filter.fiscalYear());
        }
        String department = filter.departmentCode();
        if (department != null && !department.isBlank()) {
            where.add("d.code = :fDepartment");
            params.addValue("fDepartment", department.strip());
        }
        String unit = filter.unitCode();
        if (unit != null && !unit.isBlank()) {
            where.add("u.code = :fUnit");
            params.addValue("fUnit", unit.strip());
        }
        if (filter.status() != null) {
            where.add("t.status = :fStatus");
            params.addValue("fStatus", filter.status().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(t.project_name ilike :fText escape '\\' or t.project_code ilike :fText escape '\\')");
            params.addValue("fText", "%" + escapeLike(filter.text().strip()) + "%");
        }
    }

    /**
     * The same filters over a row {@code o} of the projection {@code open_task}, which holds its table's columns and
     * unit (the unit's and department's codes are looked up once, as a set of units).
     */
    static void applyToProjection(InboxFilter filter, List<String> where, MapSqlParameterSource params) {
        if (filter.fiscalYear() != null) {
            where.add("o.fiscal_year = :fYear");
            params.addValue("fYear", filter.fiscalYear());
        }
        String department = filter.departmentCode();
        if (department != null && !department.isBlank()) {
            where.add("o.unit_id in (select u.id from organisation u join organisation d on d.id = u.parent_id"
                    + " where d.code = :fDepartment)");
            params.addValue("fDepartment", department.strip());
        }
        String unit = filter.unitCode();
        if (unit != null && !unit.isBlank()) {
            where.add("o.unit_id in (select u.id from organisation u join organisation d on d.id = u.parent_id"
                    + " where u.code = :fUnit)");
            params.addValue("fUnit", unit.strip());
        }
        if (filter.status() != null) {
            where.add("o.status = :fStatus");
            params.addValue("fStatus", filter.status().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(o.project_name ilike :fText escape '\\' or o.project_code ilike :fText escape '\\')");
            params.addValue("fText", "%" + escapeLike(filter.text().strip()) + "%");
        }
    }

    private static boolean given(@Nullable String code) {
        return code != null && !code.isBlank();
    }

    /** The text taken literally by LIKE: the wildcards and the escape character are escaped. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The column a sort key sorts by: the waiting task {@code k}'s due date or the table {@code t}'s columns;
     * {@code received} is the list's own meaning of "received".
     */
    static String sortColumn(SortKey sort, String received) {
        return switch (sort) {
            case DUE_DATE -> "k.due_date_";
            case SUBMITTED_AT -> "t.submitted_at";
            case BUDGET -> "t.budget";
            case PROJECT_CODE -> "t.project_code";
            case PROJECT_NAME -> "t.project_name";
            case FISCAL_YEAR -> "t.fiscal_year";
            case RECEIVED -> received;
        };
    }

    static String direction(PageRequest page) {
        return page.descending() ? " desc nulls last" : " asc nulls last";
    }
}
