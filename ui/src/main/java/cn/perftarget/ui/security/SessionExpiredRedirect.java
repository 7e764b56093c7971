package cn.perftarget.ui.security;

import cn.perftarget.ui.login.LoginNotice;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * A session ended because its account changed (logged by {@link SessionEnds} as the registry logs it out): the
 * browser is sent to the login page, which says that the session expired — by a redirect for a page, by Vaadin's
 * own redirect message for a request of a Vaadin screen.
 */
final class SessionExpiredRedirect implements SessionInformationExpiredStrategy {

    private final UidlRedirectStrategy redirect = new UidlRedirectStrategy();

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        request.getSession(true).setAttribute(LoginNotice.ATTRIBUTE, LoginNotice.expired());
        redirect.sendRedirect(request, event.getResponse(), "/login?expired");
    }
}
