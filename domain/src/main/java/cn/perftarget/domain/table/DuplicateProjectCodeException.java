package cn.perftarget.domain.table;

import cn.perftarget.domain.i18n.HasMessage;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import org.springframework.dao.DuplicateKeyException;

/** 项目编码 is unique per fiscal year. */
public class DuplicateProjectCodeException extends DuplicateKeyException implements HasMessage {

    private final transient Message message;
    private final int fiscalYear;
    private final String projectCode;

    public DuplicateProjectCodeException(int fiscalYear, String projectCode, Throwable cause) {
        this(
                Message.of("table.duplicateCode", String.valueOf(fiscalYear), projectCode),
                fiscalYear,
                projectCode,
                cause);
    }

    private DuplicateProjectCodeException(Message message, int fiscalYear, String projectCode, Throwable cause) {
        super(MessageBundles.domain().chinese(message), cause);
        this.message = message;
        this.fiscalYear = fiscalYear;
        this.projectCode = projectCode;
    }

    @Override
    public Message message() {
        return message;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public String projectCode() {
        return projectCode;
    }
}
