package cn.perftarget.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Login over real HTTP: the demo password opens the app, a wrong one is refused, and pages need a login. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void anonymousRequestIsSentToLogin() throws Exception {
        HttpResponse<String> r = client.send(get("/"), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void rightPasswordLogsIn() throws Exception {
        client.send(get("/login"), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> r = client.send(login("bianzhi", "demo123"), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        HttpResponse<String> home = client.send(get("/"), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        client.send(get("/login"), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> r = client.send(login("bianzhi", "wrong-password"), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(client.send(get("/"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(302);
    }

    @Test
    void unknownUserIsRefused() throws Exception {
        HttpResponse<String> r = client.send(login("nobody", "demo123"), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
    }

    private HttpRequest login(String user, String password) {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }
}
