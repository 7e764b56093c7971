package cn.perftarget.ui.notify;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.home.HomeView;
import cn.perftarget.ui.review.ReviewView;
import cn.perftarget.ui.review.Tables;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.notification.Notification;
import cn.perftarget.workflow.notification.NotificationRepository;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell counts the drafter's unread notifications; opening one marks it read and shows the table. */
class NotificationBellKaribuTest extends KaribuTest {

    @Autowired
    ApprovalService approvals;

    @Autowired
    NotificationRepository notifications;

    Tables tables;

    @BeforeEach
    void fixtures() {
        tables = create(Tables.class);
    }

    @Test
    void aReturnRingsTheBellAndOpeningItShowsTheTable() {
        TargetTable content = Tables.clean("通知测试" + System.nanoTime());
        long id = tables.atDepartmentReview(content);
        login("bianzhi");
        navigate("", HomeView.class);
        NotificationBell bell = _get(NotificationBell.class);
        long before = bell.unread();

        approvals.returnToUnit(tables.user("bumen"), tables.taskId(id), "请修改");
        navigate("", HomeView.class);
        assertThat(bell.unread()).isEqualTo(before + 1);
        assertThat(notifications.unreadCount("bianzhi")).isEqualTo(before + 1);

        _click(bell);
        Notification newest = notifications.latest("bianzhi", 1).get(0);
        assertThat(newest.tableId()).isEqualTo(id);
        Div item = _get(Div.class, s -> s.withId("notify-item-" + newest.id()));
        assertThat(item.hasClassName("unread")).isTrue();
        assertThat(item.getElement().getTextRecursively())
                .contains("办理结果", "《" + content.projectName() + "》已被退回修改。意见：请修改");

        _click(item);
        assertThat(currentView()).isInstanceOf(ReviewView.class);
        assertThat(bell.unread()).isEqualTo(before);

        _click(bell);
        _click(_get(Button.class, s -> s.withId("notify-mark-all")));
        assertThat(bell.unread()).isZero();
        assertThat(notifications.unreadCount("bianzhi")).isZero();
        assertThat(_get(NotificationBell.class).getTooltip().getText()).isEqualTo("未读通知 0 条");
    }
}
