package cn.perftarget.ui.security;

import java.net.InetAddress;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo mode publishes its users' passwords: its server listens on 127.0.0.1 only, unless {@code server.address}
 * (environment {@code SERVER_ADDRESS}) says where to listen. Demo mode as {@code DemoMode} decides it: on when
 * {@code perftarget.demo.enabled} is true, or "auto" with the embedded database (no {@code spring.datasource.url}).
 */
@Component
class DemoLoopback implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {

    private final Environment environment;

    DemoLoopback(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (demoOn(environment) && !environment.containsProperty("server.address")) {
            factory.setAddress(InetAddress.getLoopbackAddress());
        }
    }

    static boolean demoOn(Environment environment) {
        String enabled = environment.getProperty("perftarget.demo.enabled", "auto");
        return "auto".equalsIgnoreCase(enabled)
                ? environment.getProperty("spring.datasource.url", "").isBlank()
                : Boolean.parseBoolean(enabled);
    }
}
