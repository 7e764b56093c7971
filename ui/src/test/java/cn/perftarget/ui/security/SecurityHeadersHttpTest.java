package cn.perftarget.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The app over plain HTTP, as a browser meets it: the security headers (a CSP with frame-ancestors, no framing, no
 * MIME sniffing, a same-origin referrer; no HSTS without TLS), an HttpOnly SameSite session cookie, health without
 * details for anyone but operators, an error page without Spring Boot's whitelabel or any trace, an X-Forwarded-For
 * from a client that is no trusted proxy ignored in the security log, and demo mode listening on 127.0.0.1 only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    ServletWebServerApplicationContext context;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theLoginPageCarriesTheSecurityHeadersAndAnHttpOnlySameSiteCookie() throws Exception {
        HttpResponse<String> page = get("/login", Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .as("only over HTTPS")
                .isEmpty();
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void healthIsPublicButItsDetailsAreNot() throws Exception {
        HttpResponse<String> health = get("/actuator/health", Map.of("Accept", "application/json"));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("db");
    }

    @Test
    void anErrorPageTellsTheStatusInBothLanguagesAndNothingElse() throws Exception {
        // a form sent without its CSRF token: refused, and the error page says so in both languages
        HttpRequest put = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .header("Accept", "text/html")
                .PUT(HttpRequest.BodyPublishers.ofString("x=1"))
                .build();
        HttpResponse<String> error = client.send(put, HttpResponse.BodyHandlers.ofString());
        assertThat(error.statusCode()).isBetween(400, 499);
        assertThat(error.body())
                .contains("错误 " + error.statusCode())
                .contains("Error " + error.statusCode())
                .doesNotContain("Whitelabel")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
        HttpResponse<String> json = get("/actuator/health/no-such-thing", Map.of("Accept", "application/json"));
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).doesNotContain("trace").doesNotContain("Exception");
    }

    @Test
    void aForwardedForFromAClientThatIsNoTrustedProxyIsIgnored() throws Exception {
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "203.0.113.7")
                .POST(HttpRequest.BodyPublishers.ofString("username="
                        + URLEncoder.encode("caizheng2", StandardCharsets.UTF_8) + "&password=wrong-password"))
                .build();
        assertThat(client.send(login, HttpResponse.BodyHandlers.discarding())
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(securityLog.latest(SecurityEventType.LOGIN_FAILED, 20))
                .filteredOn(e -> e.event().subject().equals("caizheng2"))
                .first()
                .satisfies(e -> assertThat(e.event().clientAddress()).isEqualTo("127.0.0.1"));
    }

    @Test
    void demoModeListensOnTheLoopbackAddressOnly() {
        Connector connector =
                ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(connector.getProperty("address")).isEqualTo(InetAddress.getLoopbackAddress());

        StandardEnvironment configured = new StandardEnvironment();
        configured
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test", Map.of("perftarget.demo.enabled", "true", "server.address", "0.0.0.0")));
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new DemoLoopback(configured).customize(factory);
        assertThat(factory.getAddress()).as("an address given wins").isNull();

        StandardEnvironment production = new StandardEnvironment();
        production
                .getPropertySources()
                .addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", "jdbc:postgresql://db/x")));
        new DemoLoopback(production).customize(factory);
        assertThat(factory.getAddress())
                .as("no demo mode with an external database")
                .isNull();
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
