package cn.perftarget.ui.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After a right password: a sign-in that owes nothing more goes on as Vaadin's handler sends it (the page asked
 * for, or the home page); one that owes steps is taken back out of the security context and kept as a
 * {@link PendingLogin}, and the browser goes to the steps' page.
 */
final class StepAwareSuccessHandler implements AuthenticationSuccessHandler {

    static final String STEPS_PATH = "/login/steps";

    private final AuthenticationSuccessHandler signedIn;

    StepAwareSuccessHandler(AuthenticationSuccessHandler signedIn) {
        this.signedIn = signedIn;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication instanceof PendingAuthentication pending
                && !pending.steps().isEmpty()
                && pending.getPrincipal() instanceof SignedInUser user) {
            SecurityContextHolder.clearContext();
            request.getSession(true).removeAttribute(SessionAttributes.SECURITY_CONTEXT);
            SignInSteps.begin(request, new PendingLogin(user.getUsername(), pending.steps(), pending.client()));
            response.sendRedirect(request.getContextPath() + STEPS_PATH);
            return;
        }
        SignInSteps.signedIn(request.getSession(true));
        signedIn.onAuthenticationSuccess(request, response, authentication);
    }
}
