package cn.perftarget.ui.security;

import cn.perftarget.ui.login.LoginView;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two chains: Camunda's webapps under /camunda keep their own login (which checks passwords through our
 * {@code SignIn}, see the workflow's identity provider) and CSRF; everything else is the Vaadin app behind our login
 * view. The health endpoint is public (load balancers ask it); its details are for operators only.
 * <p>
 * The app's chain: the login form's password through {@link AccountAuthenticationProvider}, the steps a sign-in
 * still owes ({@link StepAwareSuccessHandler}), lock and wrong-password pages ({@link LoginFailureHandler}),
 * every session in a {@link SessionRegistry} (ended when the account changes), the session limits
 * ({@link SessionLimits}), logouts in the security log, and the security headers: a content security policy that
 * Vaadin works with, no framing, HSTS over HTTPS, no MIME sniffing, a same-origin referrer.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Vaadin Flow needs inline scripts and {@code eval} (its bootstrap page and {@code executeJs}) and inline styles;
     * everything else comes from the app itself. Images may be data URIs (the second factor's QR code).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final long HSTS_SECONDS = 31_536_000;

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // match the whole path: a plain "/camunda/**" is read relative to the servlet, so the webapps' REST API
        // (its own servlet under /camunda/api/*) fell to the Vaadin chain and was redirected to our login page
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(s -> s.maxAgeInSeconds(HSTS_SECONDS)))
                .addFilterBefore(new WebappRefusal(), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationSecurity(HttpSecurity http, SessionRegistry sessions, SessionEnds ends)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                // error pages keep the status of the failed request (e.g. a 401 of the Camunda login) instead of
                // turning it into a redirect to our login page; the failed request itself was checked already
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/images/**", "/icons/**", "/webjars/**")
                .permitAll());
        // the one AuthenticationProvider bean is the global one (and no UserDetailsService bean exists), so that no
        // other provider could check a password behind the lock's back
        http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class, "/login"));
        http.formLogin(f -> f.failureHandler(new LoginFailureHandler())
                .withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                    @Override
                    public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                        // Vaadin's handler (the page asked for, or the home page) once the sign-in owes nothing
                        AuthenticationSuccessHandler vaadin =
                                http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
                        filter.setAuthenticationSuccessHandler(new StepAwareSuccessHandler(vaadin));
                        return filter;
                    }
                }));
        http.logout(l -> l.addLogoutHandler(ends));
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredSessionStrategy(new SessionExpiredRedirect()));
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(s -> s.maxAgeInSeconds(HSTS_SECONDS)));
        return http.build();
    }

    /**
     * No Micrometer observation of each security filter, authentication and authorization: they are not read (the
     * requests' own metrics stay), and wrapping every filter of every request in an observation costs CPU on each API
     * call (the API benchmark, bench/README.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** The session limits run before Spring Security reads the session's sign-in. */
    @Bean
    FilterRegistrationBean<SessionLimits> sessionLimitsRegistration(SessionLimits limits) {
        FilterRegistrationBean<SessionLimits> registration = new FilterRegistrationBean<>(limits);
        registration.setOrder(-200);
        return registration;
    }
}
