package cn.perftarget.workflow.notification;

import cn.perftarget.domain.i18n.Message;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An in-app notification.
 *
 * @param recipient username
 * @param tableId   the table it is about; null when about none (a unit's 催办, an incident outside a table's round)
 * @param message   what it says, rendered in the reader's language
 * @param taskId    the task it is about, may be null
 * @param readAt    null while unread
 */
public record Notification(
        long id,
        String recipient,
        @Nullable Long tableId,
        NotificationKind kind,
        Message message,
        @Nullable String taskId,
        Instant createdAt,
        @Nullable Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
