package cn.perftarget.workflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    /** Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2030, 3, 1);

    @Test
    void weekendsAreSkipped() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(Map.of());
        assertThat(calendar.addWorkingDays(FRIDAY, 1)).isEqualTo(LocalDate.of(2030, 3, 4));
        assertThat(calendar.addWorkingDays(FRIDAY, 3)).isEqualTo(LocalDate.of(2030, 3, 6));
        assertThat(calendar.addWorkingDays(LocalDate.of(2030, 3, 2), 1)).isEqualTo(LocalDate.of(2030, 3, 4));
        assertThat(calendar.addWorkingDays(LocalDate.of(2030, 3, 4), 5)).isEqualTo(LocalDate.of(2030, 3, 11));
    }

    @Test
    void holidaysAreSkippedAndMakeUpWeekendsCount() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(Map.of(
                LocalDate.of(2030, 3, 4), false, // Monday: 法定节假日
                LocalDate.of(2030, 3, 9), true)); // Saturday: 调休上班
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 3, 4))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 3, 9))).isTrue();
        assertThat(calendar.addWorkingDays(FRIDAY, 3)).isEqualTo(LocalDate.of(2030, 3, 7));
        assertThat(calendar.addWorkingDays(FRIDAY, 5)).isEqualTo(LocalDate.of(2030, 3, 9));
    }

    @Test
    void atLeastOneDay() {
        assertThatThrownBy(() -> new WorkingDayCalendar(Map.of()).addWorkingDays(FRIDAY, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
