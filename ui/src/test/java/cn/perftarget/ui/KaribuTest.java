package cn.perftarget.ui;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.security.SignedInUser;
import cn.perftarget.workflow.access.Accounts;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the view tests without a browser (Karibu-Testing on the real Spring context: embedded PostgreSQL, demo
 * organisation, users and the 42 seed tables as drafts). Every test gets a fresh mocked Vaadin session and UI; call
 * {@link #login(String)} before navigating to a view that needs a user, then {@link #navigate(String, Class)}.
 * <p>
 * All subclasses share one Spring context (and so one database): do not change the demo data others rely on; work
 * on copies of seed tables with project codes of your own.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private Accounts accounts;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("cn.perftarget.ui");
            // a route the user's role may not open shows what the user sees (our error.RefusedRoute, which logs
            // the refusal and reroutes to our not-found view), not the exception Karibu's stand-in throws
            routes.getErrorRoutes().remove(MockRouteAccessDeniedError.class);
        }
    }

    @BeforeEach
    protected void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    protected void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Signs a demo user in as Spring Security would after every step of the sign-in (password and second factor are not checked here): the security context of
     * the test thread for {@code AuthenticationContext}, and the mocked request's principal and roles for Vaadin's
     * view access checks.
     */
    protected AppUser login(String username) {
        SignedInUser principal = new SignedInUser(accounts.find(username).orElseThrow());
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(token);
        SecurityContextHolder.setContext(security);
        Set<String> roles =
                principal.getAuthorities().stream().map(a -> a.getAuthority()).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(token);
        request.setUserInRole((p, role) -> roles.contains("ROLE_" + role) || roles.contains(role));
        return principal.user();
    }

    /** Navigates like a browser would (router, access checks, before-enter observers) and returns the view shown. */
    protected <T extends Component> T navigate(String location, Class<T> expectedView) {
        UI.getCurrent().navigate(location);
        return expectedView.cast(currentView());
    }

    /** The component the router shows in the current UI (inside its layouts). */
    protected Component currentView() {
        return (Component)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    /** A Spring-wired instance of a class that is not a bean (e.g. a route view built outside the router). */
    protected <T> T create(Class<T> type) {
        return context.getAutowireCapableBeanFactory().createBean(type);
    }
}
