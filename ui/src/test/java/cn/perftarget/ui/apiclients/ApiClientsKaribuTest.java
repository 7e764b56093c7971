package cn.perftarget.ui.apiclients;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.profile.ProfileView;
import cn.perftarget.ui.tables.PageNotFoundView;
import cn.perftarget.workflow.apiclient.ApiClientInfo;
import cn.perftarget.workflow.apiclient.ApiClients;
import cn.perftarget.workflow.apiclient.PersonalToken;
import cn.perftarget.workflow.apiclient.TokenAuthentication;
import cn.perftarget.workflow.apiclient.TokenOwner;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * API 客户端 on the screen: the 系统管理员 creates a client (the token shown once, and it works), rotates its token (the
 * old one stops working) and revokes it; nobody else opens the screen. A drafter issues a personal token from 个人设置
 * and revokes it.
 */
class ApiClientsKaribuTest extends KaribuTest {

    @Autowired
    TokenAuthentication tokens;

    @Autowired
    ApiClients clients;

    @Test
    void theSystemAdministratorCreatesRotatesAndRevokesAClient() {
        login("admin");
        navigate("admin/api-clients", ApiClientsView.class);
        String name = "karibu-" + System.nanoTime();
        _setValue(_get(TextField.class, s -> s.withId("api-client-name")), name);
        _setValue(_get(TextField.class, s -> s.withId("api-client-organisation")), "442001");
        _click(_get(Button.class, s -> s.withId("api-client-create")));
        String first = _get(TextField.class, s -> s.withId("api-token-shown")).getValue();
        TokenOwner owner = tokens.owner(first).orElseThrow();
        assertThat(owner.clientName()).isEqualTo(name);
        long id = owner.clientId();

        _click(button(clientsGrid(), c -> c.id() == id, "actions", "api-client-rotate-" + id));
        String second = _get(TextField.class, s -> s.withId("api-token-shown")).getValue();
        assertThat(tokens.owner(first)).isEmpty();
        assertThat(tokens.owner(second)).isPresent();

        navigate("admin/api-clients", ApiClientsView.class); // the list as it is now
        _click(button(clientsGrid(), c -> c.id() == id, "actions", "api-client-revoke-" + id));
        assertThat(tokens.owner(second)).isEmpty();
        assertThat(GridKt._findAll(clientsGrid()).stream()
                        .filter(c -> c.id() == id)
                        .findFirst()
                        .orElseThrow()
                        .active())
                .isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ApiClientInfo> clientsGrid() {
        return _get(Grid.class, s -> s.withId("api-clients"));
    }

    /** The button of a grid's component column in the row of the item. */
    private static <T> Button button(Grid<T> grid, Predicate<T> row, String column, String id) {
        List<T> items = GridKt._findAll(grid);
        for (int i = 0; i < items.size(); i++) {
            if (row.test(items.get(i))) {
                Component cell = GridKt._getCellComponent(grid, i, column);
                return _get(cell, Button.class, s -> s.withId(id));
            }
        }
        throw new AssertionError("no row for " + id);
    }

    @Test
    void nobodyElseOpensTheApiClients() {
        for (String user : new String[] {"bianzhi", "bumen", "anquan", "shenjiguan", "yunwei"}) {
            login(user);
            UI.getCurrent().navigate("admin/api-clients");
            assertThat(currentView()).as(user).isInstanceOf(PageNotFoundView.class);
        }
        login("admin");
        UI.getCurrent().navigate("profile/api-tokens");
        assertThat(currentView()).as("administrators hold no token").isInstanceOf(PageNotFoundView.class);
    }

    @Test
    void aDrafterIssuesAndRevokesAPersonalToken() {
        login("bianzhi");
        navigate("profile", ProfileView.class);
        UI.getCurrent()
                .navigate(_get(RouterLink.class, s -> s.withId("profile-api-tokens"))
                        .getHref());
        assertThat(currentView()).isInstanceOf(PersonalTokensView.class);
        _click(_get(Button.class, s -> s.withId("personal-token-issue")));
        String token = _get(TextField.class, s -> s.withId("api-token-shown")).getValue();
        TokenOwner owner = tokens.owner(token).orElseThrow();
        assertThat(owner.username()).isEqualTo("bianzhi");
        @SuppressWarnings("unchecked")
        Grid<PersonalToken> grid = _get(Grid.class, s -> s.withId("personal-tokens"));
        _click(button(grid, t -> t.id() == owner.tokenId(), "revoke", "personal-token-revoke-" + owner.tokenId()));
        assertThat(tokens.owner(token)).isEmpty();
    }
}
