package cn.perftarget.ui.api.auth;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.ui.api.ApiPrincipal;
import cn.perftarget.workflow.security.SecurityAudit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** 429 with {@code Retry-After} for a caller over its rate ({@link RateLimits}); the refusal in the security log. */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final SecurityAudit audit;
    private final ProblemResponses problems;

    RateLimitFilter(RateLimits limits, SecurityAudit audit, ProblemResponses problems) {
        this.limits = limits;
        this.audit = audit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiPrincipal caller) {
            long wait = limits.take(caller.owner().userId());
            if (wait > 0) {
                audit.failure(
                        SecurityEventType.ACCESS_REFUSED,
                        caller.user().username(),
                        request.getMethod() + " " + request.getRequestURI(),
                        "security.detail.apiRateLimited");
                response.setHeader("Retry-After", String.valueOf(wait));
                problems.write(
                        request,
                        response,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "rate_limited",
                        Message.of("api.error.rateLimited", String.valueOf(wait)));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
