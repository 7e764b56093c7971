package cn.perftarget.workflow.admin.settings;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.workflow.deadline.CalendarDay;
import java.util.List;

/**
 * One line of a pasted calendar (or one row of a sheet) as it was read.
 *
 * @param number   the line (or sheet row) number, from 1
 * @param text     the line as written
 * @param days     the days it gives (a range gives several), none when it has a problem
 * @param problems what is wrong with it; empty: it is taken
 */
public record CalendarLine(int number, String text, List<CalendarDay> days, List<Message> problems) {

    public CalendarLine {
        days = List.copyOf(days);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
