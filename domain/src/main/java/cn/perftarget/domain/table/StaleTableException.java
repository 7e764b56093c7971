package cn.perftarget.domain.table;

import org.springframework.dao.OptimisticLockingFailureException;

/** Someone else changed the table after the caller read it (optimistic locking). */
public class StaleTableException extends OptimisticLockingFailureException {

    private final long tableId;

    public StaleTableException(long tableId) {
        super("该绩效目标表已被他人修改，请刷新后重试");
        this.tableId = tableId;
    }

    public long tableId() {
        return tableId;
    }
}
