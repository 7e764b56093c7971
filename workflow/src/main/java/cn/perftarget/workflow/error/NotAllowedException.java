package cn.perftarget.workflow.error;

import cn.perftarget.domain.i18n.Message;

/** The user may see the table but not do this: wrong role, wrong state, or separation of duties. */
public class NotAllowedException extends WorkflowException {

    public NotAllowedException(Message text) {
        super(text);
    }

    public static NotAllowedException of(String key, Object... args) {
        return new NotAllowedException(Message.of(key, args));
    }
}
