package cn.perftarget.domain.office.guard;

import cn.perftarget.domain.i18n.HasMessage;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import org.jspecify.annotations.Nullable;

/**
 * An Office file that is not read: nothing of it is returned. The message says why in the user's language
 * ({@link #message()}); {@link #getMessage()} is its Chinese rendering, for logs.
 */
public class OfficeFileRefused extends RuntimeException implements HasMessage {

    private final transient Message message;
    private final RefusalReason reason;

    public OfficeFileRefused(RefusalReason reason, Message message) {
        this(reason, message, null);
    }

    public OfficeFileRefused(RefusalReason reason, Message message, @Nullable Throwable cause) {
        super(MessageBundles.domain().chinese(message), cause);
        this.reason = reason;
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }

    public RefusalReason reason() {
        return reason;
    }
}
