package cn.perftarget.domain.table;

import org.springframework.dao.DataRetrievalFailureException;

/** No target table with that id. */
public class TableNotFoundException extends DataRetrievalFailureException {

    private final long tableId;

    public TableNotFoundException(long tableId) {
        super("绩效目标表不存在（编号 " + tableId + "）");
        this.tableId = tableId;
    }

    public long tableId() {
        return tableId;
    }
}
