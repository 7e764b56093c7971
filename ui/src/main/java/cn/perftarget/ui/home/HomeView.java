package cn.perftarget.ui.home;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.ui.admin.OrganisationView;
import cn.perftarget.ui.admin.UsersView;
import cn.perftarget.ui.i18n.EnumKeys;
import cn.perftarget.ui.region.RegionTablesView;
import cn.perftarget.ui.rounds.RoundBanner;
import cn.perftarget.ui.rounds.RoundsView;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.ui.settings.SettingsView;
import cn.perftarget.workflow.round.BudgetRounds;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** 首页: greets the user by name and role and says what they can do here. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, BudgetRounds budgetRounds) {
        AppUser user = currentUser.require();
        String roles = user.roles().stream()
                .sorted()
                .map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining("、"));
        H2 greeting = new H2(getTranslation("home.greeting", user.displayName(), roles));
        greeting.setId("greeting");
        Paragraph org = new Paragraph(
                getTranslation("home.organisation", user.organisation().name()));
        add(greeting, org);
        user.roles().stream().sorted().forEach(r -> add(new Paragraph(getTranslation(EnumKeys.HOME_DUTY.key(r)))));
        add(new RoundBanner(user, budgetRounds));
        if (user.has(Role.AUDITOR)) {
            RouterLink region = new RouterLink(getTranslation("home.region.open"), RegionTablesView.class);
            region.setId("home-region");
            add(region);
        }
        if (user.has(Role.SYSTEM_ADMIN)) {
            RouterLink users = new RouterLink(getTranslation("home.admin.users"), UsersView.class);
            users.setId("home-users");
            RouterLink organisation = new RouterLink(getTranslation("home.admin.organisation"), OrganisationView.class);
            organisation.setId("home-organisation");
            RouterLink rounds = new RouterLink(getTranslation("home.admin.rounds"), RoundsView.class);
            rounds.setId("home-rounds");
            RouterLink settings = new RouterLink(getTranslation("home.admin.settings"), SettingsView.class);
            settings.setId("home-settings");
            add(new UnorderedList(
                    new ListItem(users), new ListItem(organisation), new ListItem(rounds), new ListItem(settings)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page.title");
    }
}
