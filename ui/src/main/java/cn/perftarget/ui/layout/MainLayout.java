package cn.perftarget.ui.layout;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.i18n.LanguageSwitch;
import cn.perftarget.ui.notify.NotificationBell;
import cn.perftarget.ui.security.CurrentUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * The frame of every screen (Vaadin's automatic layout: every route but the login is shown inside it): the menu,
 * who is signed in (name, organisation, role), language, logout.
 * <p>
 * The menu names no view. Each menu view declares its own entry with {@code @Menu(order, icon, title = bundle key)}
 * and its access with its annotation ({@code @PermitAll}, {@code @RolesAllowed}); {@link MenuConfiguration} lists
 * the entries the signed-in user may open, as the router's access control decides, so the menu and the routes
 * cannot disagree. An entry's id is {@code nav-} and its path ({@code nav-tables}; {@code nav-home} for the root).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, NotificationBell bell) {
        AppUser user = currentUser.require();
        Span title = new Span(getTranslation("app.title"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        Span who = new Span(user.displayName() + " · " + roleNames(user) + " · "
                + user.organisation().name());
        who.setId("current-user");
        who.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

        Button logout =
                new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> currentUser.logout());
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
        addToDrawer(createSideNav());
    }

    private SideNav createSideNav() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createSideNavItem(entry)));
        return nav;
    }

    private SideNavItem createSideNavItem(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.menuClass());
        if (entry.icon() != null && !entry.icon().isBlank()) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        String route = route(entry);
        item.setId("nav-" + (route.isEmpty() ? "home" : route.replace('/', '-')));
        // 我的绩效目标表 stays marked in the editor (tables/:id/edit); the root would match every screen
        item.setMatchNested(!route.isEmpty());
        return item;
    }

    /** The entry's path without its slashes: {@code tables}, or empty for the home page. */
    private static String route(MenuEntry entry) {
        return entry.path().replaceAll("^/+|/+$", "");
    }

    private String roleNames(AppUser user) {
        return user.roles().stream()
                .sorted()
                .map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining("、"));
    }
}
