package cn.perftarget.domain.table;

import cn.perftarget.domain.i18n.HasMessage;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import org.springframework.dao.DataRetrievalFailureException;

/** No target table with that id. */
public class TableNotFoundException extends DataRetrievalFailureException implements HasMessage {

    private final long tableId;

    public TableNotFoundException(long tableId) {
        super(MessageBundles.domain().chinese(message(tableId)));
        this.tableId = tableId;
    }

    private static Message message(long tableId) {
        return Message.of("table.notFound", String.valueOf(tableId));
    }

    public long tableId() {
        return tableId;
    }

    @Override
    public Message message() {
        return message(tableId);
    }
}
