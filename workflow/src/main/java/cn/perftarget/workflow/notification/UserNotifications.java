package cn.perftarget.workflow.notification;

import cn.perftarget.domain.user.AppUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bell of one user: their newest notifications, how many are unread, marking them read. Always the signed-in
 * user's own — the user is passed in by the screen or the API from the session, never a name from the request.
 */
@Service
public class UserNotifications {

    private final NotificationRepository notifications;

    UserNotifications(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /** The newest first. */
    public List<Notification> latest(AppUser user, int limit) {
        return notifications.latest(user.username(), limit);
    }

    public long unreadCount(AppUser user) {
        return notifications.unreadCount(user.username());
    }

    /** Marks one of the user's notifications read; another user's notification stays as it is. */
    @Transactional
    public boolean markRead(AppUser user, long notificationId) {
        return notifications.markRead(user.username(), notificationId);
    }

    /** Marks all of the user's unread notifications read; returns how many. */
    @Transactional
    public int markAllRead(AppUser user) {
        return notifications.markAllRead(user.username());
    }
}
