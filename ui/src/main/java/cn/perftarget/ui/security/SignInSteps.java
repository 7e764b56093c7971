package cn.perftarget.ui.security;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.account.SignIn;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The steps a sign-in owes after the password (the code, a new password, enrolment of the second factor): the
 * pending sign-in lives in the HTTP session until the last step, then the user is signed in — the security context
 * saved in the session, the session registered (so that it can be ended when the account changes), the security
 * log told.
 */
@Component
public class SignInSteps {

    private final SignIn signIn;
    private final Accounts accounts;
    private final SessionRegistry sessions;

    SignInSteps(SignIn signIn, Accounts accounts, SessionRegistry sessions) {
        this.signIn = signIn;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** The sign-in of the current request's session that still owes steps. */
    public Optional<PendingLogin> pending() {
        HttpSession session = session(false);
        return session != null && session.getAttribute(PendingLogin.ATTRIBUTE) instanceof PendingLogin p
                ? Optional.of(p)
                : Optional.empty();
    }

    /**
     * The current step is done: on to the next one, or — when it was the last — the user is signed in.
     *
     * @return true when the user is now signed in
     */
    public boolean stepDone() {
        PendingLogin pending = pending().orElseThrow(() -> new IllegalStateException("no sign-in in progress"));
        PendingLogin next = pending.next();
        HttpSession session = session(true);
        if (!next.steps().isEmpty()) {
            session.setAttribute(PendingLogin.ATTRIBUTE, next);
            return false;
        }
        session.removeAttribute(PendingLogin.ATTRIBUTE);
        AppUser user = accounts.find(pending.username()).orElseThrow();
        SignedInUser principal = new SignedInUser(user);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        session.setAttribute(SessionAttributes.SECURITY_CONTEXT, context);
        sessions.registerNewSession(session.getId(), principal);
        signedIn(session);
        signIn.completed(pending.username(), pending.client());
        return true;
    }

    /** Gives up the sign-in in progress (back to the login page). */
    public void cancel() {
        HttpSession session = session(false);
        if (session != null) {
            session.removeAttribute(PendingLogin.ATTRIBUTE);
        }
    }

    static void begin(HttpServletRequest request, PendingLogin pending) {
        request.getSession(true).setAttribute(PendingLogin.ATTRIBUTE, pending);
    }

    /** Marks the session as signed in now: its lifetime and idle time count from here. */
    static void signedIn(HttpSession session) {
        long now = System.currentTimeMillis();
        session.setAttribute(SessionAttributes.SIGNED_IN_AT, now);
        session.setAttribute(SessionAttributes.LAST_ACTIVITY, now);
    }

    private static HttpSession session(boolean create) {
        return request().getSession(create);
    }

    private static HttpServletRequest request() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            throw new IllegalStateException("not in a Vaadin request");
        }
        return request.getHttpServletRequest();
    }
}
