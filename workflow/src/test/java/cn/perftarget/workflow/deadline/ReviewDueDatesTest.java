package cn.perftarget.workflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.settings.RegionWorkflowSettings;
import cn.perftarget.workflow.settings.RegionWorkflowSettingsRepository;
import cn.perftarget.workflow.support.TestOrganisation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The due dates the service gives review tasks: working days of the calendar and of the region's settings. */
class ReviewDueDatesTest extends WorkflowTestSupport {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate HOLIDAY = LocalDate.of(2030, 3, 4);
    private static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2030, 3, 9);

    @Autowired
    WorkCalendarRepository calendar;

    @Autowired
    RegionWorkflowSettingsRepository regionSettings;

    @AfterEach
    void restore() {
        ClockUtil.reset();
        calendar.remove(HOLIDAY);
        calendar.remove(MAKE_UP_SATURDAY);
    }

    @Test
    void threeWorkingDaysByDefaultSkippingWeekendsAndHolidays() {
        calendar.put(HOLIDAY, false, "测试假日");
        calendar.put(MAKE_UP_SATURDAY, true, "测试调休");
        ClockUtil.setCurrentTime(at(LocalDate.of(2030, 3, 1), 10)); // Friday morning

        long id = submitted(user("bianzhi"));

        // Mon 4 is a holiday: Tue 5, Wed 6, Thu 7; escalation 2 more: Fri 8, Sat 9 (调休)
        assertThat(task(id).getDueDate()).isEqualTo(at(LocalDate.of(2030, 3, 7), 18));
        assertThat(runtimeService.getVariable(processInstance(id), ApprovalVariables.ESCALATION_DUE))
                .isEqualTo(at(MAKE_UP_SATURDAY, 18));
    }

    @Test
    void theRegionSetsItsOwnPeriods() {
        TestOrganisation org = newOrganisation();
        regionSettings.save(new RegionWorkflowSettings(org.region, false, 5, 1), "test");
        assertThat(regionSettings.load(org.region).reviewWorkingDays()).isEqualTo(5);
        assertThat(regionSettings.load("no-such-region")).isEqualTo(RegionWorkflowSettings.defaults("no-such-region"));
        ClockUtil.setCurrentTime(at(LocalDate.of(2030, 3, 1), 10));

        long id = submitted(org.drafter1);

        assertThat(task(id).getDueDate()).isEqualTo(at(LocalDate.of(2030, 3, 8), 18));
        assertThat(runtimeService.getVariable(processInstance(id), ApprovalVariables.ESCALATION_DUE))
                .isEqualTo(at(LocalDate.of(2030, 3, 11), 18));
    }

    private static Date at(LocalDate day, int hour) {
        return Date.from(ZonedDateTime.of(day.atTime(hour, 0), SHANGHAI).toInstant());
    }
}
