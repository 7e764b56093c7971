package cn.perftarget.ui.security;

import cn.perftarget.ui.login.LoginNotice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused sign-in goes back to the login page: {@code ?error} for a wrong username or password (never told apart),
 * {@code ?locked} with the end of the lock kept in the session for the page to say until when.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof AccountLockedException locked) {
            request.getSession(true).setAttribute(LoginNotice.ATTRIBUTE, LoginNotice.locked(locked.until()));
            response.sendRedirect(request.getContextPath() + "/login?locked");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }
}
