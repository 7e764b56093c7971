package cn.perftarget.workflow.round;

import cn.perftarget.workflow.error.RoundClosedException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget round a table's first submission falls into (called by the submission in its transaction):
 * <ul>
 *   <li>the year's round of the table's region is open: the submission goes; after the submission deadline (Beijing
 *       time) it is marked late (逾期提交), and the table remembers the round;</li>
 *   <li>the year's round is closed: {@link RoundClosedException}, nothing changes;</li>
 *   <li>the year has no round: the submission goes as before rounds existed, unmarked.</li>
 * </ul>
 * Resubmissions (after a return, a 中 or a withdrawal) continue the review they belong to and adjustments (调整) of
 * approved tables start theirs whatever the round's state: neither asks here.
 */
@Component
public class SubmissionWindow {

    private final BudgetRoundRepository rounds;

    SubmissionWindow(BudgetRoundRepository rounds) {
        this.rounds = rounds;
    }

    /**
     * Admits a first submission of a table of the region and year at {@code at}, or refuses it when the year's round
     * is closed.
     *
     * @return the round it falls into, empty when the year has none
     */
    public Optional<BudgetRound> admit(String regionCode, int fiscalYear, Instant at) {
        Optional<BudgetRound> round = rounds.ofYear(regionCode, fiscalYear);
        if (round.isPresent() && !round.get().open()) {
            Instant closedAt = round.get().closedAt();
            throw new RoundClosedException(
                    fiscalYear, cn.perftarget.domain.time.BeijingTime.day(closedAt == null ? at : closedAt));
        }
        return round;
    }

    /** Records the first submission of the table within the round, late or not. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long tableId, BudgetRound round, Instant at) {
        rounds.markSubmission(tableId, round.id(), round.lateAt(at));
    }
}
