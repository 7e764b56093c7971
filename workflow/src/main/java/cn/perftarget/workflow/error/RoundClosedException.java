package cn.perftarget.workflow.error;

import cn.perftarget.domain.i18n.Message;
import java.time.LocalDate;

/**
 * 预算编制轮次已结束: the table's fiscal year has a closed budget round in its region, so it cannot go into review for
 * the first time; adjustments (调整) of approved tables still do. A conflict with the round's state, not a refusal of
 * rights (it is not written to the security log).
 */
public class RoundClosedException extends ConflictException {

    private final int fiscalYear;

    public RoundClosedException(int fiscalYear, LocalDate closedOn) {
        super(Message.of("error.round.closedForSubmission", String.valueOf(fiscalYear), closedOn.toString()));
        this.fiscalYear = fiscalYear;
    }

    public int fiscalYear() {
        return fiscalYear;
    }
}
