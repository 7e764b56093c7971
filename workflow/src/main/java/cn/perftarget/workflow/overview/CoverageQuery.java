package cn.perftarget.workflow.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The coverage from what the database keeps in the transaction of every change of a budget project or a table (V25):
 * the counts from {@code coverage_count} (per fiscal year and unit), the first {@link Coverage#MAX_ROWS} lines of each
 * list from {@code coverage_item}, then their names and amounts by key (lateral joins: an index lookup a line).
 * Tables not in the budget count only in units the budget lists (a unit with projects). A few milliseconds whatever the
 * number of tables (workflow/README.md).
 */
@Component
class CoverageQuery {

    /**
     * The first lines of a kind in the order of the units' codes, then 项目编码 and table: the scope's units with lines
     * of the kind (their counter; tables not in the budget only where the budget lists the unit) up to the one where
     * {@link Coverage#MAX_ROWS} lines are reached (a running sum over the units in order), each unit's first lines
     * from {@code coverage_item_list_idx} (a lateral join), sorted: at most about twice the lines shown are read,
     * whatever the size of the list and whatever the planner estimates.
     */
    private static final String ITEMS = """
            , counted as (
                select u.id, u.code, u.name,
                       case cast(:kind as varchar)
                            when 'WITHOUT_TABLE' then c.without_table
                            when 'AMOUNT_DIFFERS' then c.amount_differs
                            else case when c.projects > 0 then c.not_in_budget else 0 end end as lines
                  from organisation u join coverage_count c on c.fiscal_year = :year and c.unit_id = u.id
                 where u.id in (select id from scope_units)),
            units as (
                select w.id, w.code, w.name
                  from (select k.id, k.code, k.name,
                               coalesce(sum(k.lines) over (order by k.code, k.id
                                                           rows between unbounded preceding and 1 preceding), 0)
                                   as before
                          from counted k where k.lines > 0) w
                 where w.before < :max),
            items as (
                select u.id as unit_id, u.code as unit_code, u.name as unit_name, i.project_code, i.table_id,
                       i.region_code
                  from units u cross join lateral (
                       select i.project_code, i.table_id, i.region_code from coverage_item i
                        where i.fiscal_year = :year and i.kind = :kind and i.unit_id = u.id
                        order by i.project_code, i.table_id, i.region_code
                        limit :max) i
                 order by u.code, u.id, i.project_code, i.table_id, i.region_code
                 limit :max)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    CoverageQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Coverage coverage(OverviewScope scope, int year) {
        MapSqlParameterSource params = scope.params().addValue("year", year).addValue("max", Coverage.MAX_ROWS);
        long[] counts = new long[4];
        jdbc.query("with " + OverviewScope.CTE + """
                 select coalesce(sum(c.projects), 0) as projects, coalesce(sum(c.without_table), 0) as without_table,
                        coalesce(sum(c.amount_differs), 0) as amount_differs,
                        coalesce(sum(c.not_in_budget) filter (where c.projects > 0), 0) as not_in_budget
                   from coverage_count c
                  where c.fiscal_year = :year and c.unit_id in (select id from scope_units)""", params, rs -> {
            counts[0] = rs.getLong("projects");
            counts[1] = rs.getLong("without_table");
            counts[2] = rs.getLong("amount_differs");
            counts[3] = rs.getLong("not_in_budget");
        });
        List<CoverageRow> without = list("WITHOUT_TABLE", """
                select i.project_code, b.project_name, i.unit_code, i.unit_name, b.amount,
                       null::numeric as table_budget, null::bigint as table_id
                  from items i cross join lateral (
                       select b.project_name, b.amount from budget_project b
                        where b.region_code = i.region_code and b.fiscal_year = :year and b.project_code = i.project_code
                        limit 1) b
                 order by i.unit_code, i.unit_id, i.project_code, i.table_id, i.region_code""", params);
        List<CoverageRow> differs = list("AMOUNT_DIFFERS", """
                select i.project_code, t.project_name, i.unit_code, i.unit_name, b.amount,
                       t.budget as table_budget, t.id as table_id
                  from items i cross join lateral (
                       select t.id, t.project_name, t.budget from target_table t where t.id = i.table_id limit 1) t
                  cross join lateral (
                       select b.amount from budget_project b
                        where b.region_code = i.region_code and b.fiscal_year = :year and b.project_code = i.project_code
                        limit 1) b
                 order by i.unit_code, i.unit_id, i.project_code, i.table_id, i.region_code""", params);
        List<CoverageRow> notInBudget = list("NOT_IN_BUDGET", """
                select i.project_code, t.project_name, i.unit_code, i.unit_name, null::numeric as amount,
                       t.budget as table_budget, t.id as table_id
                  from items i cross join lateral (
                       select t.id, t.project_name, t.budget from target_table t where t.id = i.table_id limit 1) t
                 order by i.unit_code, i.unit_id, i.project_code, i.table_id""", params);
        return new Coverage(year, counts[0], without, counts[1], differs, counts[2], notInBudget, counts[3]);
    }

    private List<CoverageRow> list(String kind, String sql, MapSqlParameterSource params) {
        List<CoverageRow> rows = new ArrayList<>();
        jdbc.query(
                "with " + OverviewScope.CTE + ITEMS + sql,
                new MapSqlParameterSource(params.getValues()).addValue("kind", kind),
                rs -> {
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
        return rows;
    }
}
