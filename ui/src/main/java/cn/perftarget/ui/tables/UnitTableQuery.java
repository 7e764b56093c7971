package cn.perftarget.ui.tables;

import cn.perftarget.domain.table.TableStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Read-only, paged list of one unit's tables (newest year first) for the drafter's list; the caller passes the
 * signed-in drafter's own unit, never an id from the browser.
 */
@Component
public class UnitTableQuery {

    private static final String WHERE = " from target_table where unit_id = :unit"
            + " and (cast(:year as integer) is null or fiscal_year = cast(:year as integer))";

    private final NamedParameterJdbcTemplate jdbc;

    public UnitTableQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param fiscalYear null: every year */
    public int count(long unitId, Integer fiscalYear) {
        Integer n = jdbc.queryForObject("select count(*)" + WHERE, params(unitId, fiscalYear), Integer.class);
        return n == null ? 0 : n;
    }

    public List<TableListRow> page(long unitId, Integer fiscalYear, int offset, int limit) {
        return jdbc.query("""
                        select id, fiscal_year, project_code, project_name, budget, status, adjusting, updated_at"""
                        + WHERE + " order by fiscal_year desc, id desc limit :limit offset :offset",
                params(unitId, fiscalYear).addValue("limit", limit).addValue("offset", offset),
                (rs, i) -> new TableListRow(rs.getLong("id"), rs.getInt("fiscal_year"), rs.getString("project_code"),
                        rs.getString("project_name"), rs.getBigDecimal("budget"),
                        TableStatus.valueOf(rs.getString("status")), rs.getBoolean("adjusting"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()));
    }

    /** The years the unit has tables for, newest first. */
    public List<Integer> years(long unitId) {
        return jdbc.queryForList("select distinct fiscal_year from target_table where unit_id = :unit"
                + " order by fiscal_year desc", new MapSqlParameterSource("unit", unitId), Integer.class);
    }

    private static MapSqlParameterSource params(long unitId, Integer fiscalYear) {
        return new MapSqlParameterSource("unit", unitId).addValue("year", fiscalYear);
    }
}
