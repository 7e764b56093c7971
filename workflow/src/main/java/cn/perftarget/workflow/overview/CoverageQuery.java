package cn.perftarget.workflow.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The three lists of the coverage, each one statement with its full count ({@code count(*) over ()}) and its first
 * {@link Coverage#MAX_ROWS} rows: the budget's projects by (fiscal year, unit), the tables by 项目编码 (the unique
 * index of a year's codes) and, for the tables not in the budget, the tables of the units the budget lists.
 */
@Component
class CoverageQuery {

    private final NamedParameterJdbcTemplate jdbc;

    CoverageQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Coverage coverage(OverviewScope scope, int year) {
        MapSqlParameterSource params = scope.params().addValue("year", year).addValue("max", Coverage.MAX_ROWS);
        Long projects = jdbc.queryForObject("with " + OverviewScope.CTE + """
                         select count(*) from budget_project b
                          where b.fiscal_year = :year and b.unit_id in (select id from scope_units)""", params, Long.class);
        List<CoverageRow> without = new ArrayList<>();
        long withoutCount = list("""
                select b.project_code, b.project_name, u.code as unit_code, u.name as unit_name, b.amount,
                       null::numeric as table_budget, null::bigint as table_id, count(*) over () as total
                  from budget_project b join organisation u on u.id = b.unit_id
                 where b.fiscal_year = :year and b.unit_id in (select id from scope_units)
                   and not exists (select 1 from target_table t
                                    where t.fiscal_year = b.fiscal_year and t.project_code = b.project_code)
                 order by u.code, b.project_code limit :max""", params, without);
        List<CoverageRow> differs = new ArrayList<>();
        long differsCount = list("""
                select b.project_code, t.project_name, u.code as unit_code, u.name as unit_name, b.amount,
                       t.budget as table_budget, t.id as table_id, count(*) over () as total
                  from budget_project b join target_table t
                    on t.fiscal_year = b.fiscal_year and t.project_code = b.project_code
                  join organisation u on u.id = t.unit_id
                 where b.fiscal_year = :year and b.unit_id in (select id from scope_units)
                   and t.unit_id in (select id from scope_units)
                   and t.budget is distinct from b.amount
                 order by u.code, b.project_code limit :max""", params, differs);
        List<CoverageRow> notInBudget = new ArrayList<>();
        long notInBudgetCount = list("""
                select t.project_code, t.project_name, u.code as unit_code, u.name as unit_name,
                       null::numeric as amount, t.budget as table_budget, t.id as table_id, count(*) over () as total
                  from target_table t join organisation u on u.id = t.unit_id
                 where t.fiscal_year = :year
                   and t.unit_id in (select b.unit_id from budget_project b
                                      where b.fiscal_year = :year and b.unit_id in (select id from scope_units))
                   and not exists (select 1 from budget_project b
                                    where b.fiscal_year = t.fiscal_year and b.project_code = t.project_code)
                 order by u.code, t.project_code, t.id limit :max""", params, notInBudget);
        return new Coverage(
                year,
                projects == null ? 0 : projects,
                without,
                withoutCount,
                differs,
                differsCount,
                notInBudget,
                notInBudgetCount);
    }

    private long list(String sql, MapSqlParameterSource params, List<CoverageRow> rows) {
        long[] total = {0};
        jdbc.query("with " + OverviewScope.CTE + " " + sql, params, rs -> {
            total[0] = rs.getLong("total");
            long table = rs.getLong("table_id");
            boolean hasTable = !rs.wasNull();
            BigDecimal amount = rs.getBigDecimal("amount");
            rows.add(new CoverageRow(
                    rs.getString("project_code"),
                    rs.getString("project_name"),
                    rs.getString("unit_code"),
                    rs.getString("unit_name"),
                    amount,
                    rs.getBigDecimal("table_budget"),
                    hasTable ? table : null));
        });
        return total[0];
    }
}
