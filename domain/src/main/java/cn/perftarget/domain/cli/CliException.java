package cn.perftarget.domain.cli;

import cn.perftarget.domain.i18n.HasMessage;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import org.jspecify.annotations.Nullable;

/**
 * A usage or input error: {@link Cli} prints its message in the language of the command line ({@code --lang}) and
 * exits with {@link Cli#USAGE_OR_IO_ERROR}.
 */
public class CliException extends Exception implements HasMessage {

    private final transient Message message;

    public CliException(Message message) {
        this(message, null);
    }

    public CliException(Message message, @Nullable Throwable cause) {
        super(MessageBundles.domain().chinese(message), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
