package cn.perftarget.workflow.overview;

import cn.perftarget.bpmn.Grade;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The statements of an overview: four, whatever the number of tables — the units of the scope, the counters of the
 * year and the year before ({@code overview_count}), the findings per rule ({@code overview_rule_count}), and the
 * waiting times of the open reviews (the partial index {@code target_table_waiting_idx}).
 */
@Component
class OverviewQuery {

    private final NamedParameterJdbcTemplate jdbc;

    OverviewQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Unit(
            long id,
            String code,
            String name,
            boolean deactivated,
            long departmentId,
            String departmentCode,
            String departmentName) {}

    List<Unit> units(OverviewScope scope) {
        return jdbc.query(
                "with " + OverviewScope.CTE + """
                         select u.id, uo.code, uo.name, u.deactivated, d.id as department_id,
                                d.code as department_code, d.name as department_name
                           from scope_units u join organisation uo on uo.id = u.id
                           join organisation d on d.id = u.department_id
                          order by d.code, uo.code""",
                scope.params(),
                (rs, i) -> new Unit(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getBoolean("deactivated"),
                        rs.getLong("department_id"),
                        rs.getString("department_code"),
                        rs.getString("department_name")));
    }

    /** Unit id → counts, for the year. */
    Map<Long, Counts> counts(OverviewScope scope, int year) {
        Map<Long, Counts.Builder> byUnit = new HashMap<>();
        jdbc.query("with " + OverviewScope.CTE + """
                         select c.unit_id, c.state, c.grade, c.returned, c.tables, c.budget
                           from overview_count c
                          where c.fiscal_year = :year and c.unit_id in (select id from scope_units)
                            and (c.tables <> 0 or c.budget <> 0)""", scope.params().addValue("year", year), rs -> {
            String grade = rs.getString("grade");
            byUnit.computeIfAbsent(rs.getLong("unit_id"), k -> new Counts.Builder())
                    .add(
                            OverviewState.valueOf(rs.getString("state")),
                            grade == null || grade.isEmpty() ? null : Grade.valueOf(grade),
                            rs.getBoolean("returned"),
                            rs.getLong("tables"),
                            rs.getBigDecimal("budget"));
        });
        Map<Long, Counts> counts = new HashMap<>();
        byUnit.forEach((unit, b) -> counts.put(unit, b.build()));
        return counts;
    }

    /** Department id → rule → tables with findings of it, for the year. */
    Map<Long, Map<String, Long>> rules(OverviewScope scope, int year) {
        Map<Long, Map<String, Long>> rules = new HashMap<>();
        jdbc.query("with " + OverviewScope.CTE + """
                         select u.department_id, r.rule_id, sum(r.tables) as tables
                           from overview_rule_count r join scope_units u on u.id = r.unit_id
                          where r.fiscal_year = :year and r.tables > 0
                          group by u.department_id, r.rule_id""", scope.params().addValue("year", year), rs -> {
            rules.computeIfAbsent(rs.getLong("department_id"), k -> new LinkedHashMap<>())
                    .put(rs.getString("rule_id"), rs.getLong("tables"));
        });
        return rules;
    }

    /**
     * The waiting times of the open reviews of the year, per step, counted to {@code now}: the histogram of the days
     * the tables reached their step ({@code overview_wait}, per department) says how many wait, on which day the
     * median and the oldest one arrived; the exact times are then read from the tables of those days alone.
     */
    List<WaitingTime> waiting(OverviewScope scope, int year, Instant now) {
        Map<String, List<long[]>> days = new LinkedHashMap<>(); // status → (epoch day, tables), newest day first
        jdbc.query("with " + OverviewScope.CTE + """
                         select w.status, w.day, sum(w.tables) as tables
                           from overview_wait w
                          where w.fiscal_year = :year and w.department_id in (select id from scope_departments)
                            and w.tables <> 0
                          group by w.status, w.day
                         having sum(w.tables) > 0
                          order by w.status, w.day desc""", scope.params().addValue("year", year), rs -> {
            days.computeIfAbsent(rs.getString("status"), k -> new ArrayList<>()).add(new long[] {
                rs.getObject("day", LocalDate.class).toEpochDay(), rs.getLong("tables")
            });
        });
        List<WaitingTime> waiting = new ArrayList<>();
        days.forEach((status, perDay) -> {
            long total = perDay.stream().mapToLong(d -> d[1]).sum();
            long k = (total - 1) / 2; // the lower middle, counted from the shortest wait (the newest arrival)
            long before = 0;
            long[] medianDay = perDay.get(0);
            for (long[] d : perDay) {
                if (before + d[1] > k) {
                    medianDay = d;
                    break;
                }
                before += d[1];
            }
            long[] oldestDay = perDay.get(perDay.size() - 1);
            MapSqlParameterSource params = scope.params()
                    .addValue("year", year)
                    .addValue("status", status)
                    .addValue("medianFrom", dayStart(medianDay[0]))
                    .addValue("medianTo", dayStart(medianDay[0] + 1))
                    .addValue("rank", k - before)
                    .addValue("oldestFrom", dayStart(oldestDay[0]))
                    .addValue("oldestTo", dayStart(oldestDay[0] + 1));
            jdbc.query("with " + OverviewScope.CTE + """
                             select
                               (select t.status_since from target_table t
                                 where t.fiscal_year = :year and t.status = :status
                                   and t.status_since >= :medianFrom and t.status_since < :medianTo
                                   and t.unit_id in (select id from scope_units)
                                 order by t.status_since desc offset :rank limit 1) as median_since,
                               (select min(t.status_since) from target_table t
                                 where t.fiscal_year = :year and t.status = :status
                                   and t.status_since >= :oldestFrom and t.status_since < :oldestTo
                                   and t.unit_id in (select id from scope_units)) as oldest""", params, rs -> {
                waiting.add(new WaitingTime(
                        OverviewState.valueOf(status),
                        total,
                        since(rs.getTimestamp("median_since"), now),
                        since(rs.getTimestamp("oldest"), now)));
            });
        });
        waiting.sort(Comparator.comparing(WaitingTime::step));
        return waiting;
    }

    private static OffsetDateTime dayStart(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static Duration since(@Nullable Timestamp at, Instant now) {
        if (at == null) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(at.toInstant(), now);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
