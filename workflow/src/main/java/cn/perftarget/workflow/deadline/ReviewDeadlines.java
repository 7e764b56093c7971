package cn.perftarget.workflow.deadline;

import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.workflow.settings.RegionWorkflowSettings;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The due dates of the next review task: {@code reviewDue} at the configured time of the N-th working day from today,
 * {@code escalationDue} M working days later (N, M from the region's settings, the region's working-day calendar).
 */
@Component
public class ReviewDeadlines {

    /** Enough calendar days to hold 60 + 60 working days with the longest holidays. */
    private static final int CALENDAR_WINDOW_DAYS = 250;

    /** Both due dates of a review task. */
    public record Deadlines(Date reviewDue, Date escalationDue) {}

    private final WorkCalendarRepository calendars;
    private final EngineClock clock;
    private final ZoneId zone = BeijingTime.ZONE;
    private final LocalTime dueTime;

    public ReviewDeadlines(
            WorkCalendarRepository calendars,
            EngineClock clock,
            @Value("${perftarget.workflow.due-time:18:00}") String dueTime) {
        this.calendars = calendars;
        this.clock = clock;
        this.dueTime = LocalTime.parse(dueTime);
    }

    public Deadlines next(RegionWorkflowSettings settings) {
        LocalDate today = clock.now().atZone(zone).toLocalDate();
        WorkingDayCalendar calendar = calendars.calendar(settings.regionCode(), today, CALENDAR_WINDOW_DAYS);
        LocalDate reviewDay = calendar.addWorkingDays(today, settings.reviewWorkingDays());
        LocalDate escalationDay = calendar.addWorkingDays(reviewDay, settings.escalationWorkingDays());
        return new Deadlines(at(reviewDay), at(escalationDay));
    }

    private Date at(LocalDate day) {
        return Date.from(ZonedDateTime.of(day, dueTime, zone).toInstant());
    }
}
