package cn.perftarget.ui.api.auth;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.api.ApiPrincipal;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.apiclient.TokenAuthentication;
import cn.perftarget.workflow.apiclient.TokenOwner;
import cn.perftarget.workflow.security.SecurityAudit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on every API call: the token's account (a client's technical account or a
 * person), enabled, becomes the caller of this request alone (no session). Without a valid token: 401 with
 * {@code WWW-Authenticate: Bearer}, and the refused call in the security log.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final TokenAuthentication tokens;
    private final Accounts accounts;
    private final SecurityAudit audit;
    private final ProblemResponses problems;

    BearerTokenFilter(TokenAuthentication tokens, Accounts accounts, SecurityAudit audit, ProblemResponses problems) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Optional<TokenOwner> owner = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? tokens.owner(header.substring(BEARER.length()).strip())
                : Optional.empty();
        Optional<AppUser> user = owner.flatMap(o -> accounts.find(o.username())).filter(AppUser::enabled);
        if (owner.isEmpty() || user.isEmpty()) {
            audit.failure(
                    SecurityEventType.ACCESS_REFUSED,
                    owner.map(TokenOwner::username).orElse("-"),
                    request.getMethod() + " " + request.getRequestURI(),
                    "security.detail.apiUnauthenticated");
            response.setHeader("WWW-Authenticate", "Bearer realm=\"perftarget\"");
            problems.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    header == null ? "unauthenticated" : "invalid_token",
                    Message.of(header == null ? "api.error.unauthenticated" : "api.error.invalidToken"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiPrincipal(user.get(), owner.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
