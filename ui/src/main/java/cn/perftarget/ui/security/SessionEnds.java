package cn.perftarget.ui.security;

import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityOutcome;
import cn.perftarget.workflow.security.SecurityAudit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * The end of every signed-in session in the security log, once: 退出登录 (logout), 会话超时 (idle or lifetime,
 * from {@link SessionLimits}), or a session the server dropped after its timeout without any further request.
 */
@Component
class SessionEnds implements HttpSessionListener, LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionEnds.class);

    private final SecurityAudit audit;
    private final SessionRegistry registry;

    SessionEnds(SecurityAudit audit, SessionRegistry registry) {
        this.audit = audit;
        this.registry = registry;
    }

    @Override
    public void logout(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        HttpSession session = request.getSession(false);
        String username =
                authentication != null ? authentication.getName() : session == null ? null : username(session);
        // Spring Security's session registry logs out a session whose account changed: that is no logout
        SessionInformation info = session == null ? null : registry.getSessionInformation(session.getId());
        if (username != null && info != null && info.isExpired()) {
            write(
                    SecurityEventType.SESSION_EXPIRED,
                    username,
                    "security.detail.accountChanged",
                    request.getRemoteAddr());
        } else if (username != null) {
            write(SecurityEventType.LOGOUT, username, null, request.getRemoteAddr());
        }
        if (session != null) {
            session.setAttribute(SessionAttributes.ENDED, true);
        }
    }

    /** A session ended by the server (idle, lifetime, the account changed): logged, and marked as logged. */
    void ended(HttpSession session, SecurityEventType type, String reason, @Nullable String client) {
        String username = username(session);
        session.setAttribute(SessionAttributes.ENDED, true);
        if (username != null) {
            write(type, username, reason, client);
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        try {
            if (session.getAttribute(SessionAttributes.ENDED) == null) {
                String username = username(session);
                if (username != null) {
                    write(SecurityEventType.SESSION_EXPIRED, username, "security.detail.idle", null);
                }
            }
        } catch (RuntimeException e) {
            // a session dropped while the server stops: the log may be gone already
            log.debug("end of session not logged", e);
        }
    }

    private void write(SecurityEventType type, String username, @Nullable String details, @Nullable String client) {
        audit.write(type, username, null, SecurityOutcome.SUCCESS, details, client);
    }

    private static @Nullable String username(HttpSession session) {
        try {
            Object context = session.getAttribute(SessionAttributes.SECURITY_CONTEXT);
            if (context instanceof SecurityContext security
                    && security.getAuthentication() != null
                    && security.getAuthentication().getPrincipal() instanceof SignedInUser user) {
                return user.getUsername();
            }
            return null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
