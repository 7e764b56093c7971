package cn.perftarget.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS-terminating reverse proxy that is configured as trusted ({@code PERFTARGET_TRUSTED_PROXIES}): the
 * client's address comes from X-Forwarded-For into the security log, and with X-Forwarded-Proto https the session
 * cookie is Secure and HSTS is sent.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")
class TrustedProxyHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    SecurityLog securityLog;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theProxysForwardedAddressAndProtocolCount() throws Exception {
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-For", "203.0.113.9")
                        .header("X-Forwarded-Proto", "https")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000"));
        assertThat(page.headers().allValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("Secure") && c.contains("HttpOnly"));

        client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", "203.0.113.9")
                        .header("X-Forwarded-Proto", "https")
                        .POST(HttpRequest.BodyPublishers.ofString("username=lunan&password=wrong-password"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(securityLog.latest(SecurityEventType.LOGIN_FAILED, 10))
                .filteredOn(e -> e.event().subject().equals("lunan"))
                .first()
                .satisfies(e -> assertThat(e.event().clientAddress()).isEqualTo("203.0.113.9"));
    }
}
