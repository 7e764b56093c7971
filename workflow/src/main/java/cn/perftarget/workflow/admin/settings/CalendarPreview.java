package cn.perftarget.workflow.admin.settings;

import cn.perftarget.workflow.deadline.CalendarDay;
import java.util.List;

/**
 * What a pasted or imported calendar of a year would become: every line with its problems, and the days in date
 * order. Nothing is stored by a preview; a save is refused while a line has a problem.
 */
public record CalendarPreview(int year, List<CalendarLine> lines, List<CalendarDay> days) {

    public CalendarPreview {
        lines = List.copyOf(lines);
        days = List.copyOf(days);
    }

    public long problems() {
        return lines.stream().filter(l -> !l.ok()).count();
    }

    public long holidays() {
        return days.stream().filter(d -> !d.working()).count();
    }

    public long workingDays() {
        return days.stream().filter(CalendarDay::working).count();
    }
}
