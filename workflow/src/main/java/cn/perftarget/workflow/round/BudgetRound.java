package cn.perftarget.workflow.round;

import cn.perftarget.domain.time.BeijingTime;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A budget round (预算编制轮次) of a region and fiscal year.
 *
 * @param submissionDeadline  提交截止日: a first submission after the end of this day (Beijing time) is late
 * @param reviewDeadline      审核截止日: reviews still open after the end of this day are marked in the inbox
 * @param reminderWorkingDays units with unsubmitted tables are reminded this many working days before the
 *                            submission deadline
 * @param closedBy            null while open
 * @param closedAt            null while open
 */
public record BudgetRound(
        long id,
        String regionCode,
        int fiscalYear,
        LocalDate submissionDeadline,
        LocalDate reviewDeadline,
        int reminderWorkingDays,
        BudgetRoundState state,
        String openedBy,
        Instant openedAt,
        @Nullable String closedBy,
        @Nullable Instant closedAt) {

    public boolean open() {
        return state == BudgetRoundState.OPEN;
    }

    /** Whether a first submission at {@code at} is late: after the submission deadline's day in Beijing. */
    public boolean lateAt(Instant at) {
        return BeijingTime.day(at).isAfter(submissionDeadline);
    }
}
