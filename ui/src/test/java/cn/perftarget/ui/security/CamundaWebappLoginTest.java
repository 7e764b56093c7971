package cn.perftarget.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.account.DemoCodes;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's webapps log our users in through their own API and CSRF handshake: the webapp page hands out the
 * XSRF-TOKEN cookie, the login POST sends it back as the X-XSRF-TOKEN header. Administrators may open Cockpit,
 * drafters may not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CamundaWebappLoginTest {

    private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/";

    @LocalServerPort
    int port;

    @Test
    void anOperatorLogsIntoCockpit() throws Exception {
        WebappSession session = new WebappSession();
        // operators sign in with two factors: the password followed by the code
        HttpResponse<String> login = session.login("cockpit", "yunwei", "demo123" + DemoCodes.next("yunwei"));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body())
                .contains("\"userId\":\"yunwei\"")
                .contains("\"cockpit\"")
                .contains("\"admin\"");
        HttpResponse<String> me = session.get("/camunda/api/admin/auth/user/default");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"userId\":\"yunwei\"");
    }

    @Test
    void theSystemAdministratorIsNoOperator() throws Exception {
        assertThat(new WebappSession()
                        .login("cockpit", "admin", "demo123" + DemoCodes.next("admin"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void endUsersAreRefusedEveryWebappAndPointedToTheApplication() throws Exception {
        for (String user : new String[] {"bianzhi", "bumen", "caizheng", "shenji"}) {
            for (String app : new String[] {"cockpit", "tasklist", "admin"}) {
                HttpResponse<String> refused = new WebappSession().login(app, user, "demo123");
                assertThat(refused.statusCode()).as(user + " in " + app).isEqualTo(403);
                assertThat(refused.body()).as(user + " in " + app).contains("运维工具", "请登录本系统");
            }
        }
        // nor can they read the users of the engine: the REST API answers only a webapp session
        WebappSession drafter = new WebappSession();
        drafter.login("tasklist", "bianzhi", "demo123");
        assertThat(drafter.get("/camunda/api/engine/engine/default/user").statusCode())
                .isEqualTo(401);
    }

    @Test
    void anOperatorWithoutTheCodeIsRefused() throws Exception {
        assertThat(new WebappSession().login("cockpit", "yunwei", "demo123").statusCode())
                .isEqualTo(401);
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        assertThat(new WebappSession()
                        .login("cockpit", "yunwei", "wrong-password")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        WebappSession session = new WebappSession();
        session.get("/camunda/app/cockpit/default/");
        HttpResponse<String> r = session.send(
                session.loginRequest("cockpit", "yunwei", "demo123").build());
        assertThat(r.statusCode()).isEqualTo(403);
    }

    /** One browser: cookies (session, XSRF-TOKEN) kept between requests; redirects are not followed. */
    private final class WebappSession {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> login(String app, String user, String password) throws Exception {
            HttpResponse<String> page = get("/camunda/app/" + app + "/default/");
            assertThat(page.statusCode()).isEqualTo(200);
            String token = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
            return send(loginRequest(app, user, password)
                    .header("X-XSRF-TOKEN", token)
                    .build());
        }

        HttpRequest.Builder loginRequest(String app, String user, String password) {
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return HttpRequest.newBuilder(uri(LOGIN + app))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).GET().build());
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
