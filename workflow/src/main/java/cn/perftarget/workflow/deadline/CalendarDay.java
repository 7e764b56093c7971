package cn.perftarget.workflow.deadline;

import java.time.LocalDate;

/**
 * One exception of the working-day calendar.
 *
 * @param day     the date
 * @param working true: a 调休 working day (班) on a weekend; false: a holiday (休), e.g. 法定节假日 on a weekday
 * @param name    what it is (国庆节, 春节调休 …), may be blank
 */
public record CalendarDay(LocalDate day, boolean working, String name) {

    public CalendarDay {
        name = name == null ? "" : name.strip();
    }
}
