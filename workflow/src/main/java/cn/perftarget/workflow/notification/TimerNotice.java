package cn.perftarget.workflow.notification;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEvent;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.workflow.deadline.EngineClock;
import cn.perftarget.workflow.history.AuditNote;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What both review timers do once they know whom to tell and what: one notification per recipient, and an entry in
 * the table's history naming them (actor {@code system}), in the timer job's transaction.
 */
@Component
class TimerNotice {

    /** The actor of the entries the timers write. */
    static final String SYSTEM = "system";

    private final NotificationRepository notifications;
    private final AuditLog audit;
    private final EngineClock clock;

    TimerNotice(NotificationRepository notifications, AuditLog audit, EngineClock clock) {
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    void send(DueReview.Due due, NotificationKind kind, AuditAction action, List<String> recipients, Message message) {
        notifications.add(
                recipients, due.table().id(), kind, message, due.task().getId(), clock.now());
        audit.append(AuditEvent.of(
                due.table().id(), SYSTEM, "SYSTEM", action, new AuditNote.Recipients(action, recipients).format()));
    }
}
