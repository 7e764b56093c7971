package cn.perftarget.domain.department;

import cn.perftarget.domain.i18n.HasMessage;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import org.springframework.dao.OptimisticLockingFailureException;

/** Someone else saved the department part after the caller read it (optimistic locking). */
public class StaleDepartmentTargetsException extends OptimisticLockingFailureException implements HasMessage {

    private static final Message MESSAGE = Message.of("department.stale");

    public StaleDepartmentTargetsException() {
        super(MessageBundles.domain().chinese(MESSAGE));
    }

    @Override
    public Message message() {
        return MESSAGE;
    }
}
