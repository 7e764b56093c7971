package cn.perftarget.ui.security;

import cn.perftarget.workflow.account.SignIn;
import cn.perftarget.workflow.account.SignInResult;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The login form's username and password, checked by the workflow's {@link SignIn} (lock, dummy hash for unknown
 * users, security log with the client's address). A right password may still owe steps: see
 * {@link SignInSteps}.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final SignIn signIn;

    AccountAuthenticationProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getPrincipal());
        Object credentials = authentication.getCredentials();
        String client =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        SignInResult result = signIn.password(username, credentials == null ? "" : credentials.toString(), client);
        return switch (result.outcome()) {
            case ACCEPTED -> {
                if (result.user() == null) {
                    throw new BadCredentialsException("refused");
                }
                yield new PendingAuthentication(new SignedInUser(result.user()), result.steps(), client);
            }
            case LOCKED ->
                throw new AccountLockedException(
                        result.lockedUntil() == null ? java.time.Instant.now() : result.lockedUntil());
            case REFUSED -> throw new BadCredentialsException("refused");
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
