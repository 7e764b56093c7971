package cn.perftarget.ui.security;

import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.ui.login.LoginNotice;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 会话超时: a signed-in session ends after {@code perftarget.session.idle-timeout} (30 minutes) without a request of
 * the user — Vaadin's heartbeats, which a forgotten open tab sends every few minutes, do not count — and after
 * {@code perftarget.session.max-lifetime} (12 hours) whatever happens. The end is written to the security log, the
 * session invalidated, and the login page then says that the session expired (a page load is sent there, a Vaadin
 * request finds its session gone and the browser reloads into it).
 */
@Component
class SessionLimits extends OncePerRequestFilter {

    private final SessionEnds ends;
    private final long idleMillis;
    private final long lifetimeMillis;

    SessionLimits(
            SessionEnds ends,
            @Value("${perftarget.session.idle-timeout:30m}") Duration idle,
            @Value("${perftarget.session.max-lifetime:12h}") Duration lifetime) {
        this.ends = ends;
        this.idleMillis = idle.toMillis();
        this.lifetimeMillis = lifetime.toMillis();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionAttributes.SIGNED_IN_AT) instanceof Long signedIn) {
            long now = System.currentTimeMillis();
            Object last = session.getAttribute(SessionAttributes.LAST_ACTIVITY);
            long lastActivity = last instanceof Long l ? l : signedIn;
            String reason = now - lastActivity > idleMillis
                    ? "security.detail.idle"
                    : now - signedIn > lifetimeMillis ? "security.detail.absolute" : null;
            if (reason != null) {
                ends.ended(session, SecurityEventType.SESSION_EXPIRED, reason, request.getRemoteAddr());
                session.invalidate();
                request.getSession(true).setAttribute(LoginNotice.ATTRIBUTE, LoginNotice.expired());
                if (!vaadinRequest(request) && "GET".equals(request.getMethod())) {
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                    return;
                }
            } else if (!heartbeat(request)) {
                session.setAttribute(SessionAttributes.LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean vaadinRequest(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=");
    }

    private static boolean heartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }
}
