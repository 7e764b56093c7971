package cn.perftarget.ui.api.auth;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.ui.api.ApiPaths;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.apiclient.IdempotencyKeys;
import cn.perftarget.workflow.apiclient.TokenAuthentication;
import cn.perftarget.workflow.security.SecurityAudit;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API's own filter chain, before the application's: {@code /api/v1/**} (and the OpenAPI document when asked
 * with a bearer token) — stateless, no session, no CSRF (no cookie is ever read), bearer tokens only; then the rate
 * limit and the idempotency keys. The Swagger UI and the OpenAPI document asked without a token stay in the
 * application's chain: for signed-in users.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            TokenAuthentication tokens,
            Accounts accounts,
            SecurityAudit audit,
            RateLimits limits,
            IdempotencyKeys keys,
            ObjectMapper json)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        RequestMatcher v1 = PathPatternRequestMatcher.withDefaults().matcher(ApiPaths.V1 + "/**");
        RequestMatcher document = PathPatternRequestMatcher.withDefaults().matcher(ApiPaths.OPENAPI);
        RequestMatcher api = request -> v1.matches(request) || (document.matches(request) && bearer(request));
        return http.securityMatcher(api)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.requireExplicitSave(true))
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .anonymous(a -> a.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problems.write(
                        request,
                        response,
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        Message.of("api.error.unauthenticated"))))
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, audit, problems), AuthorizationFilter.class)
                .addFilterAfter(new RateLimitFilter(limits, audit, problems), BearerTokenFilter.class)
                .addFilterAfter(new IdempotencyFilter(keys, problems), RateLimitFilter.class)
                .build();
    }

    private static boolean bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
