package cn.perftarget.ui.apiclients;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.apiclient.ApiClients;
import cn.perftarget.workflow.apiclient.PersonalToken;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;

/**
 * 个人 API 令牌: a person with a table role issues tokens that act under their own scope (shown once) and revokes
 * them. Ids: {@code personal-token-days}, {@code personal-token-issue}, {@code personal-tokens},
 * {@code personal-token-revoke-<id>}, {@code api-token-shown}.
 */
@Route("profile/api-tokens")
@RolesAllowed({"DRAFTER", "DEPT_REVIEWER", "FISCAL_REVIEWER", "AUDITOR"})
public class PersonalTokensView extends VerticalLayout implements HasDynamicTitle {

    private final AppUser user;
    private final ApiClients clients;
    private final Grid<PersonalToken> grid = new Grid<>();
    private final Div shown = new Div();

    public PersonalTokensView(CurrentUser currentUser, ApiClients clients) {
        this.user = currentUser.require();
        this.clients = clients;
        IntegerField days = new IntegerField(getTranslation("apiClients.days"));
        days.setId("personal-token-days");
        days.setValue(30);
        Button issue = new Button(getTranslation("personalTokens.issue"), e -> {
            shown.removeAll();
            try {
                Integer value = days.getValue();
                shown.add(new TokenShownOnce(clients.issuePersonal(user, Duration.ofDays(value == null ? 0 : value))));
            } catch (WorkflowException refused) {
                Notices.error(TranslationProvider.text(refused.text()));
            }
            refresh();
        });
        issue.setId("personal-token-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(days, issue);
        form.setAlignItems(Alignment.BASELINE);
        grid.setId("personal-tokens");
        grid.addColumn(t -> String.valueOf(t.id())).setHeader("ID").setAutoWidth(true);
        grid.addColumn(t -> DateTimes.seconds(t.createdAt())).setHeader(getTranslation("personalTokens.created"));
        grid.addColumn(t -> t.revokedAt() != null
                        ? getTranslation("apiClients.revoked", DateTimes.seconds(t.revokedAt()))
                        : DateTimes.seconds(t.expiresAt()))
                .setHeader(getTranslation("apiClients.expires"));
        grid.addColumn(t -> t.lastUsedAt() == null ? "" : DateTimes.seconds(t.lastUsedAt()))
                .setHeader(getTranslation("personalTokens.lastUsed"));
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(
                new H2(getTranslation("personalTokens.title")),
                new Paragraph(getTranslation("personalTokens.explain")),
                form,
                shown,
                grid);
        refresh();
    }

    private Div revokeButton(PersonalToken token) {
        Div cell = new Div();
        if (token.revokedAt() == null) {
            Button revoke = new Button(getTranslation("apiClients.revoke"), e -> {
                try {
                    clients.revokePersonal(user, token.id());
                } catch (WorkflowException refused) {
                    Notices.error(TranslationProvider.text(refused.text()));
                }
                refresh();
            });
            revoke.setId("personal-token-revoke-" + token.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            cell.add(revoke);
        }
        return cell;
    }

    private void refresh() {
        grid.setItems(clients.personalTokens(user));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("personalTokens.page.title");
    }
}
