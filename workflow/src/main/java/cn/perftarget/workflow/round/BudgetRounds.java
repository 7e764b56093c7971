package cn.perftarget.workflow.round;

import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.AdminRegion;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.deadline.EngineClock;
import cn.perftarget.workflow.error.ConflictException;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.security.ServiceGate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 预算编制轮次 of a region: the 系统管理员 opens a round for a fiscal year (提交截止日, 审核截止日, the reminder's working
 * days), changes its deadlines and closes it ({@link ServiceAction#MANAGE_ROUNDS}, reach {@code REGION}: their own
 * region's rounds only); every table role and the administrator read the rounds of their own region
 * ({@link ServiceAction#READ_ROUNDS}). A region has at most one open round per year. Each change is an
 * {@code ADMINISTRATION} entry of the security log with old → new, in the change's transaction.
 */
@Service
public class BudgetRounds {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2999;
    static final int MAX_REMINDER_DAYS = 30;

    private final ServiceGate gate;
    private final BudgetRoundRepository rounds;
    private final SecurityAudit audit;
    private final EngineClock clock;

    BudgetRounds(ServiceGate gate, BudgetRoundRepository rounds, SecurityAudit audit, EngineClock clock) {
        this.gate = gate;
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rounds of the user's region, newest year first. */
    @Transactional(readOnly = true)
    public List<BudgetRound> list(AppUser user) {
        return gate.enter(user, ServiceAction.READ_ROUNDS, "", by -> rounds.ofRegion(AdminRegion.of(by)));
    }

    /** The round of a fiscal year in the user's region (the open one, else the newest); empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<BudgetRound> ofYear(AppUser user, int fiscalYear) {
        return gate.enter(
                user,
                ServiceAction.READ_ROUNDS,
                "round:" + fiscalYear,
                by -> rounds.ofYear(AdminRegion.of(by), fiscalYear));
    }

    /** The open rounds of the user's region, the nearest submission deadline first (for the screens' banners). */
    @Transactional(readOnly = true)
    public List<BudgetRound> openRounds(AppUser user) {
        return list(user).stream()
                .filter(BudgetRound::open)
                .sorted(java.util.Comparator.comparing(BudgetRound::submissionDeadline))
                .toList();
    }

    /** 开启轮次: a new open round of the administrator's region. */
    @Transactional
    public BudgetRound open(AppUser admin, RoundForm form) {
        return gate.enter(admin, ServiceAction.MANAGE_ROUNDS, "round:" + form.fiscalYear(), by -> {
            Integer year = form.fiscalYear();
            if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
                throw InvalidInputException.of(
                        InvalidInputException.Input.FISCAL_YEAR,
                        "error.round.year",
                        String.valueOf(MIN_YEAR),
                        String.valueOf(MAX_YEAR));
            }
            Deadlines d = deadlines(form);
            String region = AdminRegion.of(by);
            BudgetRound opened = rounds.insertOpen(
                            region, year, d.submission(), d.review(), d.reminderDays(), by.username(), clock.now())
                    .orElseThrow(() -> InvalidInputException.of(
                            InvalidInputException.Input.FISCAL_YEAR, "error.round.alreadyOpen", String.valueOf(year)));
            audit.success(
                    SecurityEventType.ADMINISTRATION,
                    by.username(),
                    object(opened),
                    RoundDetails.OPENED + " - -> " + RoundDetails.describe(opened));
            return opened;
        });
    }

    /** 修改截止日: the deadlines and the reminder's working days of an open round. */
    @Transactional
    public BudgetRound changeDeadlines(AppUser admin, long roundId, RoundForm form) {
        return gate.enter(admin, ServiceAction.MANAGE_ROUNDS, "round:" + roundId, by -> {
            BudgetRound before = lockOfRegion(by, roundId);
            if (!before.open()) {
                throw ConflictException.of("error.round.alreadyClosed", String.valueOf(before.fiscalYear()));
            }
            Deadlines d = deadlines(form);
            rounds.updateDeadlines(roundId, d.submission(), d.review(), d.reminderDays());
            BudgetRound after = rounds.find(roundId).orElseThrow();
            if (!after.equals(before)) {
                audit.success(
                        SecurityEventType.ADMINISTRATION,
                        by.username(),
                        object(after),
                        RoundDetails.DEADLINES + " " + RoundDetails.describe(before) + " -> "
                                + RoundDetails.describe(after));
            }
            return after;
        });
    }

    /** 结束轮次: from now on only adjustments (调整) of the year's tables start new reviews. */
    @Transactional
    public BudgetRound close(AppUser admin, long roundId) {
        return gate.enter(admin, ServiceAction.MANAGE_ROUNDS, "round:" + roundId, by -> {
            BudgetRound before = lockOfRegion(by, roundId);
            if (!before.open()) {
                throw ConflictException.of("error.round.alreadyClosed", String.valueOf(before.fiscalYear()));
            }
            rounds.close(roundId, by.username(), clock.now());
            audit.success(
                    SecurityEventType.ADMINISTRATION,
                    by.username(),
                    object(before),
                    RoundDetails.CLOSED + " " + BudgetRoundState.OPEN.name() + " -> " + BudgetRoundState.CLOSED.name());
            return rounds.find(roundId).orElseThrow();
        });
    }

    private BudgetRound lockOfRegion(AppUser admin, long roundId) {
        BudgetRound round = rounds.lock(roundId).orElseThrow(NotFoundException::round);
        if (!AdminRegion.of(admin).equals(round.regionCode())) {
            throw NotAllowedException.of("error.admin.roundOutsideRegion", String.valueOf(round.fiscalYear()));
        }
        return round;
    }

    private record Deadlines(LocalDate submission, LocalDate review, int reminderDays) {}

    /** The form's deadlines, checked: both given, the review deadline not before the submission deadline. */
    private static Deadlines deadlines(RoundForm form) {
        LocalDate submission = form.submissionDeadline();
        if (submission == null) {
            throw InvalidInputException.of(InvalidInputException.Input.OTHER, "error.round.submissionDeadline");
        }
        LocalDate review = form.reviewDeadline();
        if (review == null) {
            throw InvalidInputException.of(InvalidInputException.Input.OTHER, "error.round.reviewDeadline");
        }
        if (review.isBefore(submission)) {
            throw InvalidInputException.of(
                    InvalidInputException.Input.OTHER,
                    "error.round.reviewBeforeSubmission",
                    review.toString(),
                    submission.toString());
        }
        Integer days = form.reminderWorkingDays();
        int reminderDays = days == null ? RoundForm.DEFAULT_REMINDER_DAYS : days;
        if (reminderDays < 1 || reminderDays > MAX_REMINDER_DAYS) {
            throw InvalidInputException.of(
                    InvalidInputException.Input.OTHER, "error.round.reminderDays", MAX_REMINDER_DAYS);
        }
        return new Deadlines(submission, review, reminderDays);
    }

    private static String object(BudgetRound round) {
        return "round:" + round.regionCode() + "/" + round.fiscalYear();
    }
}
