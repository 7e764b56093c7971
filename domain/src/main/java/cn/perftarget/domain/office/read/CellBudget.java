package cn.perftarget.domain.office.read;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.office.guard.OfficeFileRefused;
import cn.perftarget.domain.office.guard.RefusalReason;

/** Counts the table cells a reader reads; a file with more than the limit is refused. */
public final class CellBudget {

    private final String fileName;
    private final int max;
    private int spent;

    public CellBudget(String fileName, int max) {
        this.fileName = fileName;
        this.max = max;
    }

    void spend(int cells) {
        spent += cells;
        if (spent > max) {
            throw new OfficeFileRefused(
                    RefusalReason.TOO_MANY_CELLS,
                    Message.of("office.refused.tooManyCells", fileName, String.valueOf(max)));
        }
    }
}
