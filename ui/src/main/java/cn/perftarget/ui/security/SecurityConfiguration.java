package cn.perftarget.ui.security;

import cn.perftarget.ui.login.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two chains: Camunda's webapps under /camunda keep their own login and CSRF; everything else is the Vaadin app
 * behind our login view. The health endpoint is public (load balancers ask it).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // match the whole path: a plain "/camunda/**" is read relative to the servlet, so the webapps' REST API
        // (its own servlet under /camunda/api/*) fell to the Vaadin chain and was redirected to our login page
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .addFilterBefore(new WebappRefusal(), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                // error pages keep the status of the failed request (e.g. a 401 of the Camunda login) instead of
                // turning it into a redirect to our login page; the failed request itself was checked already
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/images/**", "/icons/**", "/webjars/**")
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class, "/login"));
        return http.build();
    }
}
