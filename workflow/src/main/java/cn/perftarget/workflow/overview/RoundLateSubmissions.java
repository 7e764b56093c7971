package cn.perftarget.workflow.overview;

import cn.perftarget.domain.time.BeijingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 逾期提交 from the budget rounds: the tables of the year in the scope whose first submission was marked late
 * ({@code target_table.submitted_late}, set by the round's submission window), per department; nothing when the
 * scope's region has no round of the year.
 */
@Component
class RoundLateSubmissions implements LateSubmissions {

    private final NamedParameterJdbcTemplate jdbc;

    RoundLateSubmissions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LateFigures> of(String scopeSql, MapSqlParameterSource scopeArgs, int year) {
        MapSqlParameterSource args = new MapSqlParameterSource(scopeArgs.getValues()).addValue("year", year);
        List<LocalDate> deadline = jdbc.queryForList("with " + scopeSql + """
                        select r.submission_deadline from budget_round r
                         where r.fiscal_year = :year
                           and r.region_code in (select o.region_code from organisation o
                                                  where o.id in (select id from scope_departments))
                         order by (r.state = 'OPEN') desc, r.id desc
                         limit 1
                        """, args, LocalDate.class);
        if (deadline.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Long> perDepartment = new HashMap<>();
        jdbc.query("with " + scopeSql + """
                        select u.department_id, count(*) as late from target_table t
                          join scope_units u on u.id = t.unit_id
                         where t.fiscal_year = :year and t.submitted_late
                         group by u.department_id
                        """, args, rs -> {
            perDepartment.put(rs.getLong("department_id"), rs.getLong("late"));
        });
        Instant endOfDeadline =
                deadline.get(0).plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant();
        return Optional.of(new LateFigures(endOfDeadline, perDepartment));
    }
}
