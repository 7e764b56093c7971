package cn.perftarget.workflow.deadline;

import cn.perftarget.workflow.settings.ShortLivedCache;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The configured exceptions of the working-day calendar (table work_calendar_day, V10). */
@Repository
public class WorkCalendarRepository {

    private final JdbcClient jdbc;
    /** The calendars of the due dates by region, first day and length (kept a moment: {@link ShortLivedCache}). */
    private final ShortLivedCache<String, WorkingDayCalendar> calendars = new ShortLivedCache<>();

    public WorkCalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The common calendar with the exceptions from {@code from} on, for {@code days} days. */
    public WorkingDayCalendar calendar(LocalDate from, int days) {
        return calendar("", from, days);
    }

    /**
     * The calendar of a region from {@code from} on, for {@code days} days: in a year the region saved
     * ({@code region_calendar_year}, V17) its own days, in other years the common ones ({@code work_calendar_day}).
     */
    public WorkingDayCalendar calendar(String regionCode, LocalDate from, int days) {
        return calendars.get(regionCode + "|" + from + "|" + days, () -> read(regionCode, from, days));
    }

    private WorkingDayCalendar read(String regionCode, LocalDate from, int days) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        jdbc.sql("""
                        select day, working from region_calendar_day
                        where region_code = :r and day between :from and :to
                        union all
                        select w.day, w.working from work_calendar_day w
                        where w.day between :from and :to
                          and not exists (select 1 from region_calendar_year y
                                          where y.region_code = :r and y.year = extract(year from w.day)::integer)""")
                .param("r", regionCode)
                .param("from", from)
                .param("to", from.plusDays(days))
                .query(rs -> {
                    exceptions.put(rs.getObject("day", LocalDate.class), rs.getBoolean("working"));
                });
        return new WorkingDayCalendar(exceptions);
    }

    /** Whether the region saved its own calendar of the year. */
    public boolean hasRegionYear(String regionCode, int year) {
        return jdbc.sql("select count(*) from region_calendar_year where region_code = :r and year = :y")
                        .param("r", regionCode)
                        .param("y", year)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * The days of a year as the region's calendar has them, in date order: its own when it saved the year, else the
     * common ones.
     */
    public List<CalendarDay> days(String regionCode, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        String sql = hasRegionYear(regionCode, year)
                ? "select day, working, name from region_calendar_day where region_code = :r"
                        + " and day between :from and :to order by day"
                : "select day, working, name from work_calendar_day where day between :from and :to order by day";
        return jdbc.sql(sql)
                .param("r", regionCode)
                .param("from", first)
                .param("to", first.withDayOfYear(first.lengthOfYear()))
                .query((rs, i) -> new CalendarDay(
                        rs.getObject("day", LocalDate.class), rs.getBoolean("working"), rs.getString("name")))
                .list();
    }

    /** Replaces the region's calendar of a year by these days (all of that year). */
    public void replaceRegionYear(String regionCode, int year, List<CalendarDay> days, String updatedBy) {
        calendars.clear();
        LocalDate first = LocalDate.of(year, 1, 1);
        jdbc.sql("delete from region_calendar_day where region_code = :r and day between :from and :to")
                .param("r", regionCode)
                .param("from", first)
                .param("to", first.withDayOfYear(first.lengthOfYear()))
                .update();
        jdbc.sql("""
                        insert into region_calendar_year (region_code, year, updated_by, updated_at)
                        values (:r, :y, :by, now())
                        on conflict (region_code, year) do update set updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at""")
                .param("r", regionCode)
                .param("y", year)
                .param("by", updatedBy)
                .update();
        for (CalendarDay day : days) {
            if (day.day().getYear() != year) {
                throw new IllegalArgumentException(day.day() + " is not of " + year);
            }
            jdbc.sql("""
                            insert into region_calendar_day (region_code, day, working, name)
                            values (:r, :day, :working, :name)""")
                    .param("r", regionCode)
                    .param("day", day.day())
                    .param("working", day.working())
                    .param("name", day.name())
                    .update();
        }
    }

    /** Declares a day a holiday (working = false) or a 调休 working day (working = true). */
    public void put(LocalDate day, boolean working, String name) {
        calendars.clear();
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
        calendars.clear();
        jdbc.sql("delete from work_calendar_day where day = :day")
                .param("day", day)
                .update();
    }
}
