package cn.perftarget.workflow.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * 工作日历: Monday to Friday are working days, Saturday and Sunday are not, except for the configured days —
 * 法定节假日 on a weekday (not working) and 调休 weekends (working).
 */
public final class WorkingDayCalendar {

    /** Counting working days ends after this many calendar days: a calendar with no working day is a mistake. */
    private static final int MAX_SCAN_DAYS = 3660;

    private final Map<LocalDate, Boolean> exceptions;

    /** @param exceptions day → working (true: 调休 working day; false: holiday) */
    public WorkingDayCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean configured = exceptions.get(day);
        if (configured != null) {
            return configured;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th working day after {@code day} ({@code day} itself does not count); {@code n >= 1}. */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the number of working days must be at least 1");
        }
        LocalDate d = day;
        int left = n;
        for (int scanned = 0; scanned < MAX_SCAN_DAYS; scanned++) {
            d = d.plusDays(1);
            if (isWorkingDay(d) && --left == 0) {
                return d;
            }
        }
        throw new IllegalStateException(
                "the working-day calendar is wrong: no " + n + " working days within " + MAX_SCAN_DAYS + " days");
    }
}
