package cn.perftarget.workflow.round.reminder;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.workflow.deadline.EngineClock;
import cn.perftarget.workflow.deadline.WorkCalendarRepository;
import cn.perftarget.workflow.deadline.WorkingDayCalendar;
import cn.perftarget.workflow.notification.NotificationKind;
import cn.perftarget.workflow.notification.NotificationRepository;
import cn.perftarget.workflow.round.BudgetRound;
import cn.perftarget.workflow.round.BudgetRoundRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 提交提醒: the units of an open round's region that still have unsubmitted tables of its year (drafting, never
 * submitted) are reminded — every enabled drafter of the unit gets an in-app notification
 * ({@link NotificationKind#ROUND_REMINDER}, attached to the unit's first such table) — once the submission deadline is
 * no more than the round's {@code reminderWorkingDays} working days away (working days of the working-day calendar,
 * counted after today up to the deadline day, Beijing time, the engine's clock), until the deadline day has passed.
 * <p>
 * Exactly once per round and unit, whichever node of a cluster runs it and however often: a unit's reminder is sent
 * only by the transaction whose insert of the row {@code budget_round_reminder(round_id, unit_id)} took place (insert
 * … on conflict do nothing; a concurrent second insert waits for the first and then does nothing). A unit without an
 * enabled drafter gets no row, so a drafter added later is still reminded. Changing the deadlines after the reminder
 * does not send it again. {@link #remind()} is the trigger ({@code RoundReminderSchedule} calls it on a schedule).
 */
@Component
public class RoundReminders {

    private static final Logger log = LoggerFactory.getLogger(RoundReminders.class);

    private final BudgetRoundRepository rounds;
    private final WorkCalendarRepository calendars;
    private final NotificationRepository notifications;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EngineClock clock;

    RoundReminders(
            BudgetRoundRepository rounds,
            WorkCalendarRepository calendars,
            NotificationRepository notifications,
            NamedParameterJdbcTemplate jdbc,
            TransactionTemplate transactions,
            EngineClock clock) {
        this.rounds = rounds;
        this.calendars = calendars;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Reminds the units due for a reminder of every open round, one transaction per round.
     *
     * @return how many units were reminded by this call
     */
    public int remind() {
        Instant now = clock.now();
        LocalDate today = BeijingTime.day(now);
        int reminded = 0;
        for (BudgetRound round : rounds.openRounds()) {
            if (due(round, today)) {
                Integer units = transactions.execute(status -> remind(round, now));
                reminded += units == null ? 0 : units;
            }
        }
        if (reminded > 0) {
            log.info("budget rounds: {} units reminded of their submission deadline", reminded);
        }
        return reminded;
    }

    /** Whether the round's units are reminded today: at most its reminder's working days before the deadline. */
    boolean due(BudgetRound round, LocalDate today) {
        LocalDate deadline = round.submissionDeadline();
        if (today.isAfter(deadline)) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        // N working days never span more than N weeks and the longest holiday (a quick way out for far deadlines)
        if (days > 7L * round.reminderWorkingDays() + 31) {
            return false;
        }
        WorkingDayCalendar calendar = calendars.calendar(today, (int) days + 1);
        return workingDaysAfter(calendar, today, deadline) <= round.reminderWorkingDays();
    }

    /** The working days after {@code from} up to and including {@code to}. */
    static int workingDaysAfter(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private record UnitDue(long unitId, long firstTableId, int tables) {}

    private int remind(BudgetRound round, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource("region", round.regionCode())
                .addValue("year", round.fiscalYear())
                .addValue("round", round.id());
        List<UnitDue> units = jdbc.query(
                """
                select t.unit_id, min(t.id) as first_table, count(*) as tables
                  from target_table t join organisation u on u.id = t.unit_id
                 where u.region_code = :region and t.fiscal_year = :year and t.status = 'DRAFTING'
                   and t.submitted_at is null and t.process_instance_id is null
                   and not exists (select 1 from budget_round_reminder r
                                    where r.round_id = :round and r.unit_id = t.unit_id)
                 group by t.unit_id order by t.unit_id""",
                params,
                (rs, i) -> new UnitDue(rs.getLong("unit_id"), rs.getLong("first_table"), rs.getInt("tables")));
        int reminded = 0;
        for (UnitDue unit : units) {
            List<String> drafters =
                    jdbc.queryForList("""
                    select a.username from app_user a join user_role r on r.user_id = a.id
                     where a.organisation_id = :unit and r.role = 'DRAFTER' and a.enabled order by a.username""", new MapSqlParameterSource("unit", unit.unitId()), String.class);
            if (drafters.isEmpty()) {
                continue;
            }
            int inserted = jdbc.update(
                    """
                    insert into budget_round_reminder (round_id, unit_id, reminded_at, recipients)
                    values (:round, :unit, :at, :recipients) on conflict do nothing""",
                    new MapSqlParameterSource("round", round.id())
                            .addValue("unit", unit.unitId())
                            .addValue("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                            .addValue("recipients", drafters.size()));
            if (inserted == 1) {
                notifications.add(
                        drafters,
                        unit.firstTableId(),
                        NotificationKind.ROUND_REMINDER,
                        Message.of(
                                "notify.roundReminder",
                                String.valueOf(round.fiscalYear()),
                                round.submissionDeadline().toString(),
                                unit.tables()),
                        null,
                        now);
                reminded++;
            }
        }
        return reminded;
    }
}
