package cn.perftarget.domain.security;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With the embedded database (no {@code spring.datasource.url}) a missing key file is generated into the data folder
 * ({@code perftarget.keys.generate} defaults to true there); with an external database keys are given, never
 * generated behind the operator's back. An explicit {@code perftarget.keys.generate} wins either way.
 */
public class EmbeddedDatabaseKeys implements EnvironmentPostProcessor, Ordered {

    static final String GENERATE = "perftarget.keys.generate";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.isBlank() && !environment.containsProperty(GENERATE)) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource("embeddedDatabaseKeys", Map.of(GENERATE, "true")));
        }
    }

    @Override
    public int getOrder() {
        // after the configuration files have been read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
