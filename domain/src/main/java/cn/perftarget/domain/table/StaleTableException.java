package cn.perftarget.domain.table;

import cn.perftarget.domain.i18n.HasMessage;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import org.springframework.dao.OptimisticLockingFailureException;

/** Someone else changed the table after the caller read it (optimistic locking). */
public class StaleTableException extends OptimisticLockingFailureException implements HasMessage {

    private static final Message MESSAGE = Message.of("table.stale");

    private final long tableId;

    public StaleTableException(long tableId) {
        super(MessageBundles.domain().chinese(MESSAGE));
        this.tableId = tableId;
    }

    public long tableId() {
        return tableId;
    }

    @Override
    public Message message() {
        return MESSAGE;
    }
}
