package cn.perftarget.ui.accounts;

import cn.perftarget.domain.account.LockedAccount;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.account.AccountAdministration;
import cn.perftarget.workflow.account.PolicyInForce;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;

/**
 * 账号安全 (安全管理员 only): the accounts locked by wrong passwords, each with 解除锁定 (written to the security log),
 * and the password, lockout, second-factor and session policy in force (read-only, as configured). Ids:
 * {@code locked-accounts}, {@code unlock-<username>}, {@code policy}.
 */
@Route("security/accounts")
@Menu(order = 20, icon = "vaadin:lock", title = "nav.accounts")
@RolesAllowed("SECURITY_ADMIN")
public class LockedAccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AppUser user;
    private final AccountAdministration administration;
    private final Grid<LockedAccount> grid = new Grid<>();

    public LockedAccountsView(
            CurrentUser currentUser,
            AccountAdministration administration,
            @Value("${perftarget.session.idle-timeout:30m}") Duration idle,
            @Value("${perftarget.session.max-lifetime:12h}") Duration lifetime) {
        this.user = currentUser.require();
        this.administration = administration;
        grid.setId("locked-accounts");
        grid.addColumn(LockedAccount::username)
                .setHeader(getTranslation("accounts.username"))
                .setAutoWidth(true);
        grid.addColumn(LockedAccount::displayName)
                .setHeader(getTranslation("accounts.name"))
                .setAutoWidth(true);
        grid.addColumn(LockedAccount::organisation).setHeader(getTranslation("accounts.organisation"));
        grid.addColumn(LockedAccount::failedLogins)
                .setHeader(getTranslation("accounts.failures"))
                .setAutoWidth(true);
        grid.addColumn(a -> DateTimes.seconds(a.lockedUntil()))
                .setHeader(getTranslation("accounts.lockedUntil"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::unlockButton).setKey("unlock").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(
                new H2(getTranslation("accounts.title")),
                new H3(getTranslation("accounts.locked")),
                grid,
                policy(administration.policy(user), idle, lifetime));
        refresh();
    }

    private Button unlockButton(LockedAccount account) {
        Button unlock = new Button(getTranslation("accounts.unlock"), e -> {
            try {
                if (administration.unlock(user, account.username())) {
                    Notices.success(getTranslation("accounts.unlocked", account.username()));
                }
            } catch (WorkflowException refused) {
                Notices.error(TranslationProvider.text(refused.text()));
            }
            refresh();
        });
        unlock.setId("unlock-" + account.username());
        unlock.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return unlock;
    }

    private void refresh() {
        grid.setItems(administration.lockedAccounts(user));
    }

    private VerticalLayout policy(PolicyInForce policy, Duration idle, Duration lifetime) {
        String roles = policy.secondFactorRoles().stream()
                .sorted()
                .map(Role::labelKey)
                .map(this::getTranslation)
                .collect(Collectors.joining(getTranslation("list.separator")));
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation(
                        "policy.password",
                        policy.minLength(),
                        policy.minClasses(),
                        String.valueOf(policy.commonPasswords()))),
                new ListItem(getTranslation(
                        "policy.lockout",
                        policy.maxFailures(),
                        policy.lockDuration().toMinutes())),
                new ListItem(getTranslation("policy.secondFactor", roles)),
                new ListItem(getTranslation("policy.session", idle.toMinutes(), lifetime.toHours())));
        VerticalLayout section = new VerticalLayout(
                new H3(getTranslation("policy.title")), list, new Paragraph(getTranslation("policy.configured")));
        section.setId("policy");
        section.setPadding(false);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.page.title");
    }
}
