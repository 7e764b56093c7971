package cn.perftarget.ui.notify;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.editor.TableEditorView;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.review.ReviewView;
import cn.perftarget.workflow.notification.Notification;
import cn.perftarget.workflow.notification.NotificationKind;
import cn.perftarget.workflow.notification.UserNotifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The user's newest notifications, unread ones marked; opening one marks it read and shows its table's review
 * screen (an operator's incident: Camunda Cockpit). Ids: {@code notify-dialog}, {@code notify-item-<id>}, {@code notify-mark-all}, {@code notify-empty}.
 */
@StyleSheet("context://styles/perftarget-review.css")
class NotificationList extends Dialog {

    static final int SHOWN = 30;
    /** Where an operator repairs an incident: Cockpit's processes (each shows its incidents). */
    static final String COCKPIT_INCIDENTS = "camunda/app/cockpit/default/#/processes";

    private final UserNotifications notifications;
    private final AppUser user;
    private final Runnable changed;
    private final Div list = new Div();

    NotificationList(UserNotifications notifications, AppUser user, Runnable changed) {
        this.notifications = notifications;
        this.user = user;
        this.changed = changed;
        setId("notify-dialog");
        setHeaderTitle(getTranslation("notify.title"));
        setWidth("36em");
        Button markAll = new Button(getTranslation("notify.markAll"), e -> markAllRead());
        markAll.setId("notify-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button close = new Button(getTranslation("notify.close"), e -> close());
        close.setId("notify-close");
        getFooter().add(markAll, close);
        add(list);
        fill();
    }

    private void fill() {
        list.removeAll();
        List<Notification> latest = notifications.latest(user, SHOWN);
        if (latest.isEmpty()) {
            Div empty = new Div(getTranslation("notify.empty"));
            empty.setId("notify-empty");
            empty.addClassName("inbox-empty");
            list.add(empty);
        }
        for (Notification n : latest) {
            Div item = new Div();
            item.setId("notify-item-" + n.id());
            item.addClassName("notify-item");
            if (!n.isRead()) {
                item.addClassName("unread");
            }
            Span kind = new Span(getTranslation(n.kind().labelKey()));
            kind.getElement().getThemeList().add(n.isRead() ? "badge contrast" : "badge");
            Div when = new Div(DateTimes.minutes(n.createdAt()));
            when.addClassName("when");
            Div message = new Div(TranslationProvider.text(n.message()));
            message.getStyle().set("white-space", "pre-wrap");
            item.add(new Div(kind, new Span(" "), when), message);
            item.addClickListener(e -> open(n));
            list.add(item);
        }
    }

    private void open(Notification n) {
        notifications.markRead(user, n.id());
        changed.run();
        close();
        Long tableId = n.tableId();
        if (n.kind() == NotificationKind.INCIDENT) {
            // an operator's: the incidents are repaired in Cockpit
            UI.getCurrent().getPage().setLocation(COCKPIT_INCIDENTS);
        } else if (tableId == null) {
            return; // a unit's 催办 is about no single table: read, nowhere to go
        } else if (n.kind() == NotificationKind.ROUND_REMINDER) {
            // 提交提醒 is about the unit's unsubmitted tables: the first of them, to edit and submit
            UI.getCurrent().navigate(TableEditorView.class, TableEditorView.forTable(tableId));
        } else {
            UI.getCurrent().navigate(ReviewView.class, ReviewView.forTable(tableId));
        }
    }

    private void markAllRead() {
        notifications.markAllRead(user);
        changed.run();
        fill();
    }
}
