package cn.perftarget.domain.rules.settings;

import cn.perftarget.domain.i18n.HasMessage;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import org.jspecify.annotations.Nullable;

/** A rule setting refused: an unknown rule or parameter, or a value of the wrong type. */
public class InvalidRuleSettingException extends IllegalArgumentException implements HasMessage {

    private final transient Message message;

    InvalidRuleSettingException(Message message, @Nullable Throwable cause) {
        super(MessageBundles.domain().chinese(message), cause);
        this.message = message;
    }

    InvalidRuleSettingException(Message message) {
        this(message, null);
    }

    @Override
    public Message message() {
        return message;
    }
}
