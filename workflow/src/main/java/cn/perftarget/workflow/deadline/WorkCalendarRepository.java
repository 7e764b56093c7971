package cn.perftarget.workflow.deadline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The configured exceptions of the working-day calendar (table work_calendar_day, V10). */
@Repository
public class WorkCalendarRepository {

    private final JdbcClient jdbc;

    public WorkCalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The calendar with the exceptions from {@code from} on, for {@code days} days. */
    public WorkingDayCalendar calendar(LocalDate from, int days) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        jdbc.sql("select day, working from work_calendar_day where day between :from and :to")
                .param("from", from)
                .param("to", from.plusDays(days))
                .query(rs -> {
                    exceptions.put(rs.getObject("day", LocalDate.class), rs.getBoolean("working"));
                });
        return new WorkingDayCalendar(exceptions);
    }

    /** Declares a day a holiday (working = false) or a 调休 working day (working = true). */
    public void put(LocalDate day, boolean working, String name) {
        jdbc.sql("""
                        insert into work_calendar_day (day, working, name) values (:day, :working, :name)
                        on conflict (day) do update set working = excluded.working, name = excluded.name""")
                .param("day", day)
                .param("working", working)
                .param("name", name == null ? "" : name)
                .update();
    }

    /** Back to the weekday rule for that day. */
    public void remove(LocalDate day) {
        jdbc.sql("delete from work_calendar_day where day = :day")
                .param("day", day)
                .update();
    }
}
