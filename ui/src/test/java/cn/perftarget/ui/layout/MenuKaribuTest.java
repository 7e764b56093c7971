package cn.perftarget.ui.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.history.HistoryView;
import cn.perftarget.ui.home.HomeView;
import cn.perftarget.ui.inbox.InboxView;
import cn.perftarget.ui.login.LoginView;
import cn.perftarget.ui.review.ReviewView;
import cn.perftarget.ui.tables.MyTablesView;
import cn.perftarget.ui.tables.PageNotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLayout;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The menu is the views' own {@code @Menu} entries, filtered by the views' own access annotations: each demo role
 * sees exactly its entries, in Chinese and, after 中文/English, in English; a route the role may not open is refused
 * like a missing page, inside the frame.
 */
class MenuKaribuTest extends KaribuTest {

    @Autowired
    TargetTableRepository tables;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "bianzhi;    首页,我的绩效目标表,待办,个人设置; Home,My target tables,Inbox,My account",
                "bumen;      首页,待办,部门整体绩效目标,总览,个人设置; Home,Inbox,Department-level targets,Overview,My account",
                "caizheng;   首页,待办,部门整体绩效目标,总览,个人设置; Home,Inbox,Department-level targets,Overview,My account",
                "shenji;     首页,部门整体绩效目标,查阅,总览,个人设置; Home,Department-level targets,Region tables,Overview,My account",
                "admin;      首页,用户管理,组织机构,预算编制轮次,系统设置,API 客户端,个人设置;"
                        + " Home,Users,Organisation,Budget rounds,Settings,API clients,My account",
                "anquan;     首页,账号安全,个人设置;           Home,Account security,My account",
                "shenjiguan; 首页,安全审计日志,个人设置;       Home,Security log,My account",
                "yunwei;     首页,个人设置;                    Home,My account",
                "shuangzhi;  首页,我的绩效目标表,待办,部门整体绩效目标,总览,个人设置;"
                        + " Home,My target tables,Inbox,Department-level targets,Overview,My account"
            })
    void eachRoleSeesExactlyItsEntriesInEitherLanguage(String user, String chinese, String english) {
        login(user);
        navigate("", HomeView.class);
        assertThat(menu()).containsExactly(chinese.split(","));

        _click(_get(Button.class, s -> s.withId("language-switch"))); // reloads the page: a new UI in English
        login(user);
        navigate("", HomeView.class);
        assertThat(menu()).containsExactly(english.split(","));
    }

    @Test
    void theEntriesKeepTheirIdsAndLeadToTheirViews() {
        login("shuangzhi");
        navigate("", HomeView.class);
        assertThat(_find(SideNavItem.class).stream().map(i -> i.getId().orElseThrow()))
                .containsExactly(
                        "nav-home", "nav-tables", "nav-inbox", "nav-department-targets", "nav-overview", "nav-profile");
        assertThat(_get(SideNavItem.class, s -> s.withId("nav-tables")).getPath())
                .isEqualTo("tables");
        assertThat(_get(SideNavItem.class, s -> s.withId("nav-inbox")).getPath())
                .isEqualTo("inbox");
        assertThat(_get(SideNavItem.class, s -> s.withId("nav-tables")).isMatchNested())
                .as("marked in the editor too")
                .isTrue();
        assertThat(_get(SideNavItem.class, s -> s.withId("nav-home")).isMatchNested())
                .isFalse();

        navigate("tables", MyTablesView.class);
        navigate("inbox", InboxView.class);
        assertThat(frame()).as("every screen is shown inside the main layout").isInstanceOf(MainLayout.class);
    }

    @Test
    void anAuditorIsRefusedTheInboxLikeAMissingPage() {
        login("shenji");
        UI.getCurrent().navigate("inbox");

        assertThat(currentView()).isInstanceOf(PageNotFoundView.class);
        assertThat(_get(H2.class, s -> s.withId("no-access-title")).getText()).isEqualTo("内容不存在或无权访问");
        _assertNone(InboxView.class);
        assertThat(frame())
                .as("still inside the frame, with the auditor's menu")
                .isInstanceOf(MainLayout.class);
        assertThat(menu()).containsExactly("首页", "部门整体绩效目标", "查阅", "总览", "个人设置");
    }

    @Test
    void aReviewerIsRefusedTheDraftersList() {
        login("bumen");
        UI.getCurrent().navigate("tables");
        assertThat(currentView()).isInstanceOf(PageNotFoundView.class);
        _assertNone(MyTablesView.class);
    }

    @Test
    void anAuditorReadsTheReviewAndTheHistoryOfATableInTheRegion() {
        long id = tables.findByYearAndCode(2020, "130311219Q3XT3A39F26U")
                .orElseThrow()
                .id(); // 442003 专项邮电费
        login("shenji");
        navigate("review/" + id, ReviewView.class);
        assertThat(_get(H2.class, s -> s.withId("review-title")).getText()).isEqualTo("专项邮电费");
        navigate("history/" + id, HistoryView.class);
        assertThat(_get(H2.class, s -> s.withId("history-title")).getText()).isEqualTo("专项邮电费");
    }

    @Test
    void theLoginIsOutsideTheLayout() {
        navigate("login", LoginView.class);
        assertThat(frame()).isNotInstanceOf(MainLayout.class);
        _assertNone(SideNavItem.class);
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    /** The outermost component the router shows: the layout, or the view itself when it has none. */
    private static Object frame() {
        List<RouterLayout> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .filter(RouterLayout.class::isInstance)
                .map(RouterLayout.class::cast)
                .toList();
        return chain.isEmpty()
                ? UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)
                : chain.get(0);
    }
}
