package cn.perftarget.ui.notify;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.notification.UserNotifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/**
 * The bell in the header: how many in-app notifications (到期提醒, 逾期上报, 办理结果) the user has not read; a click
 * lists them. The count is read again after every navigation. Ids: {@code notify-bell}, {@code notify-count}.
 */
@SpringComponent
@Scope("prototype")
public class NotificationBell extends Button implements AfterNavigationObserver {

    private final UserNotifications notifications;
    private final AppUser user;
    private final Span count = new Span();

    public NotificationBell(UserNotifications notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.user = currentUser.require();
        setId("notify-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("notify-count");
        count.getElement().getThemeList().add("badge error pill small");
        setSuffixComponent(count);
        addClickListener(e -> new NotificationList(notifications, user, this::refresh).open());
        refresh();
    }

    /** Reads the unread count again. */
    public void refresh() {
        long unread = notifications.unreadCount(user);
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        String label = getTranslation("notify.bell", unread);
        setTooltipText(label);
        setAriaLabel(label);
    }

    public long unread() {
        return count.isVisible() ? Long.parseLong(count.getText()) : 0;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }
}
