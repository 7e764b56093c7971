package cn.perftarget.workflow.admin.settings;

import cn.perftarget.workflow.deadline.CalendarDay;
import java.util.List;

/**
 * The working-day calendar of a region for one year.
 *
 * @param regionOwn whether the region saved its own calendar of the year (otherwise: the common calendar)
 * @param days      the holidays and 调休 working days, in date order
 * @param text      the days in the paste format, to edit
 */
public record CalendarYear(int year, boolean regionOwn, List<CalendarDay> days, String text) {

    public CalendarYear {
        days = List.copyOf(days);
    }
}
