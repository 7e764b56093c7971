package cn.perftarget.workflow.round.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the units are reminded of a round's submission deadline: every {@code perftarget.rounds.reminder-check}
 * (ISO-8601, default one hour; the first check {@code perftarget.rounds.reminder-first-check} after the start, default
 * two minutes). Every node of a cluster runs it; {@link RoundReminders} sends each reminder once.
 */
@Component
class RoundReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(RoundReminderSchedule.class);

    private final RoundReminders reminders;

    RoundReminderSchedule(RoundReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(
            fixedDelayString = "${perftarget.rounds.reminder-check:PT1H}",
            initialDelayString = "${perftarget.rounds.reminder-first-check:PT2M}")
    void scheduled() {
        try {
            reminders.remind();
        } catch (RuntimeException e) {
            log.error("budget rounds: the reminder check failed", e);
        }
    }
}
