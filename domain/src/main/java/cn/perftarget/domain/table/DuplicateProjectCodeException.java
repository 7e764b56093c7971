package cn.perftarget.domain.table;

import cn.perftarget.domain.i18n.HasMessage;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import org.springframework.dao.DuplicateKeyException;

/** 项目编码 is unique per fiscal year. */
public class DuplicateProjectCodeException extends DuplicateKeyException implements HasMessage {

    private final transient Message message;

    public DuplicateProjectCodeException(int fiscalYear, String projectCode, Throwable cause) {
        this(Message.of("table.duplicateCode", String.valueOf(fiscalYear), projectCode), cause);
    }

    private DuplicateProjectCodeException(Message message, Throwable cause) {
        super(MessageBundles.domain().chinese(message), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
