package cn.perftarget.workflow.deadline;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The time of the workflow: the process engine's clock, so due dates, timers, overdue flags and submission times
 * agree (and move together when the engine clock is moved, as in tests).
 */
@Component
public class EngineClock {

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public Date nowAsDate() {
        return ClockUtil.getCurrentTime();
    }
}
