package cn.perftarget.ui.apiclients;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.apiclient.ApiClientInfo;
import cn.perftarget.workflow.apiclient.ApiClients;
import cn.perftarget.workflow.apiclient.IssuedToken;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * API 客户端 (系统管理员 only): the clients of the REST API with their role, organisation and token expiry; 新建 (name,
 * role, organisation, validity), 轮换令牌 and 吊销, each a new token shown once. Ids: {@code api-clients},
 * {@code api-client-name}, {@code api-client-role}, {@code api-client-organisation}, {@code api-client-days},
 * {@code api-client-create}, {@code api-client-rotate-<id>}, {@code api-client-revoke-<id>}, {@code api-token-shown}.
 */
@Route("admin/api-clients")
@Menu(order = 23, icon = "vaadin:connect", title = "nav.apiClients")
@RolesAllowed("SYSTEM_ADMIN")
public class ApiClientsView extends VerticalLayout implements HasDynamicTitle {

    private final AppUser user;
    private final ApiClients clients;
    private final Grid<ApiClientInfo> grid = new Grid<>();
    private final Div shown = new Div();

    public ApiClientsView(CurrentUser currentUser, ApiClients clients) {
        this.user = currentUser.require();
        this.clients = clients;
        TextField name = new TextField(getTranslation("apiClients.name"));
        name.setId("api-client-name");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("apiClients.role"));
        role.setId("api-client-role");
        role.setItems(Role.DRAFTER, Role.DEPT_REVIEWER, Role.FISCAL_REVIEWER, Role.AUDITOR);
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(Role.DRAFTER);
        TextField organisation = new TextField(getTranslation("apiClients.organisation"));
        organisation.setId("api-client-organisation");
        IntegerField days = new IntegerField(getTranslation("apiClients.days"));
        days.setId("api-client-days");
        days.setValue(90);
        Button create = new Button(
                getTranslation("apiClients.create"),
                e -> issue(() ->
                        clients.create(user, name.getValue(), role.getValue(), organisation.getValue(), days(days))));
        create.setId("api-client-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, role, organisation, days, create);
        form.setAlignItems(Alignment.BASELINE);

        grid.setId("api-clients");
        grid.addColumn(ApiClientInfo::name)
                .setHeader(getTranslation("apiClients.name"))
                .setAutoWidth(true);
        grid.addColumn(ApiClientInfo::username)
                .setHeader(getTranslation("apiClients.account"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.role().labelKey())).setHeader(getTranslation("apiClients.role"));
        grid.addColumn(c -> c.organisationCode() + " " + c.organisationName())
                .setHeader(getTranslation("apiClients.organisation"));
        grid.addColumn(c -> c.revokedAt() != null
                        ? getTranslation("apiClients.revoked", DateTimes.seconds(c.revokedAt()))
                        : c.tokenExpiresAt() == null ? "" : DateTimes.seconds(c.tokenExpiresAt()))
                .setHeader(getTranslation("apiClients.expires"));
        grid.addComponentColumn(c -> actions(c, days)).setKey("actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("apiClients.title")), form, shown, grid);
        refresh();
    }

    private HorizontalLayout actions(ApiClientInfo client, IntegerField days) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!client.active()) {
            return actions;
        }
        Button rotate = new Button(
                getTranslation("apiClients.rotate"), e -> issue(() -> clients.rotate(user, client.id(), days(days))));
        rotate.setId("api-client-rotate-" + client.id());
        rotate.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button revoke = new Button(getTranslation("apiClients.revoke"), e -> {
            try {
                clients.revoke(user, client.id());
                Notices.success(getTranslation("apiClients.revokedNotice", client.name()));
            } catch (WorkflowException refused) {
                Notices.error(TranslationProvider.text(refused.text()));
            }
            refresh();
        });
        revoke.setId("api-client-revoke-" + client.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        actions.add(rotate, revoke);
        return actions;
    }

    private void issue(Supplier<IssuedToken> call) {
        shown.removeAll();
        try {
            shown.add(new TokenShownOnce(call.get()));
        } catch (WorkflowException refused) {
            Notices.error(TranslationProvider.text(refused.text()));
        }
        refresh();
    }

    private static Duration days(IntegerField days) {
        Integer value = days.getValue();
        return Duration.ofDays(value == null ? 0 : value);
    }

    private void refresh() {
        grid.setItems(clients.list(user));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiClients.page.title");
    }
}
