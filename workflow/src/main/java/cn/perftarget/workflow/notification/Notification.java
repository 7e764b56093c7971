package cn.perftarget.workflow.notification;

import java.time.Instant;

/**
 * An in-app notification.
 *
 * @param recipient username
 * @param taskId    the task it is about, may be null
 * @param readAt    null while unread
 */
public record Notification(long id, String recipient, long tableId, NotificationKind kind, String message,
                           String taskId, Instant createdAt, Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
