package cn.perftarget.ui.layout;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.ui.home.HomeView;
import cn.perftarget.ui.i18n.LanguageSwitch;
import cn.perftarget.ui.inbox.InboxView;
import cn.perftarget.ui.notify.NotificationBell;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.ui.tables.MyTablesView;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import java.util.stream.Collectors;

/** The frame of every screen: navigation by role, who is signed in (name, organisation, role), language, logout. */
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, NotificationBell bell) {
        AppUser user = currentUser.require();
        Span title = new Span(getTranslation("app.title"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        Span who = new Span(user.displayName() + " · " + roleNames(user) + " · " + user.organisation().name());
        who.setId("current-user");
        who.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> currentUser.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout right = new HorizontalLayout(bell, who, new LanguageSwitch(), logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout header = new HorizontalLayout(bar, right);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("padding", "0 var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        if (user.has(Role.DRAFTER)) {
            SideNavItem tables = new SideNavItem(getTranslation("tables.nav"), MyTablesView.class,
                    VaadinIcon.TABLE.create());
            tables.setId("nav-tables");
            nav.addItem(tables);
        }
        if (user.has(Role.DRAFTER) || user.has(Role.DEPT_REVIEWER) || user.has(Role.FISCAL_REVIEWER)) {
            SideNavItem inbox = new SideNavItem(getTranslation("inbox.nav"), InboxView.class,
                    VaadinIcon.INBOX.create());
            inbox.setId("nav-inbox");
            nav.addItem(inbox);
        }
        addToDrawer(nav);
    }

    private String roleNames(AppUser user) {
        return user.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining("、"));
    }
}
