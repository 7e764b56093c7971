package cn.perftarget.bench.deadline;

import cn.perftarget.bench.HeapWatch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The heap one signed-in person costs with the table editor open, without a browser: for each person a cookie jar,
 * the login page ({@code GET /login}, whose page carries Spring Security's CSRF token in the {@code _csrf} meta tag
 * that Vaadin's login form posts back), the form login ({@code POST /login}), then Vaadin's bootstrap request for
 * the editor's route ({@code GET /?v-r=init&location=tables/<id>/edit}), which creates the session's UI and the
 * editor view on the server, as a browser's first request to the page does. The sessions stay open (the server
 * holds them; nobody logs out) while the heap is measured after full collections, before and after.
 */
public final class SessionHeap {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER =
            Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    /** A person to sign in and the draft of theirs to open in the editor. */
    record Person(String username, long tableId, String projectCode) {}

    /**
     * @param editorsSeen    sessions whose navigation answer holds the table's project code (the editor was built)
     * @param warmUp         sessions opened before the first measurement, not counted
     * @param productionMode whether Vaadin ran in production mode (from the bootstrap answer); null: none opened
     * @param answerKib      the size of the navigation's answer (the editor's first UIDL), per session
     */
    public record Result(
            int sessions,
            int opened,
            int editorsSeen,
            int warmUp,
            @Nullable Boolean productionMode,
            double answerKib,
            long heapBeforeMib,
            long heapAfterMib,
            double kibPerSession,
            double secondsToOpen,
            List<String> failures) {}

    private final String base;

    SessionHeap(int port) {
        this.base = "http://localhost:" + port;
    }

    /**
     * Opens the warm-up sessions (not counted: the first editors load what every later one shares, such as caches
     * and the JIT's work), measures, opens the counted ones, measures again.
     */
    Result measure(List<Person> warmUp, List<Person> people, String password) {
        for (Person p : warmUp) {
            try {
                open(p, password, new LinkedHashMap<>());
            } catch (IOException | RuntimeException e) {
                // a failure shows below, where it counts
            }
        }
        long before = HeapWatch.usedAfterFullGc();
        int opened = 0;
        int seen = 0;
        long answerBytes = 0;
        @Nullable Boolean productionMode = null;
        List<String> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Person p : people) {
            try {
                Opened o = open(p, password, new LinkedHashMap<>());
                opened++;
                answerBytes += o.answer().length();
                productionMode = o.productionMode();
                if (o.answer().contains(p.projectCode())) {
                    seen++;
                }
            } catch (IOException | RuntimeException e) {
                if (failures.size() < 5) {
                    failures.add(p.username() + ": " + e.getMessage());
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long after = HeapWatch.usedAfterFullGc();
        return new Result(
                people.size(),
                opened,
                seen,
                warmUp.size(),
                productionMode,
                opened == 0 ? 0 : Math.round(answerBytes / 1024.0 / opened * 10) / 10.0,
                before / (1024 * 1024),
                after / (1024 * 1024),
                opened == 0 ? Double.NaN : Math.round((after - before) / 1024.0 / opened * 10) / 10.0,
                Math.round(seconds * 10) / 10.0,
                List.copyOf(failures));
    }

    /** An opened editor: the mode the app runs in and the navigation's answer (the editor's first UIDL). */
    private record Opened(boolean productionMode, String answer) {}

    /** Signs the person in and opens the editor. */
    private Opened open(Person p, String password, Map<String, String> jar) throws IOException {
        Page login = request("GET", "/login", null, null, jar);
        Matcher token = CSRF.matcher(login.body());
        if (login.status() != 200 || !token.find()) {
            throw new IllegalStateException("no CSRF token on the login page (" + login.status() + ")");
        }
        Matcher parameter = CSRF_PARAMETER.matcher(login.body());
        String form = "username=" + enc(p.username()) + "&password=" + enc(password) + "&"
                + (parameter.find() ? parameter.group(1) : "_csrf") + "=" + enc(token.group(1));
        Page signedIn = request("POST", "/login", form, "application/x-www-form-urlencoded", jar);
        String location = signedIn.location();
        if (signedIn.status() != 302 || location == null || location.contains("/login")) {
            throw new IllegalStateException("login answered " + signedIn.status() + " → " + location);
        }
        Page init = request(
                "GET", "/?v-r=init&location=" + enc("tables/" + p.tableId() + "/edit") + "&query=", null, null, jar);
        if (init.status() != 200 || !init.body().contains("\"uidl\"")) {
            throw new IllegalStateException("bootstrap answered " + init.status() + ": " + excerpt(init.body()));
        }
        // the client then tells the new UI where it is (the route's view is built on this event)
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        String uiId = config.path("v-uiId").asText("0");
        ObjectNode data = JSON.createObjectNode()
                .put("route", "tables/" + p.tableId() + "/edit")
                .put("query", "")
                .put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        ObjectNode rpc =
                JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        rpc.set("data", data);
        ObjectNode uidl = JSON.createObjectNode()
                .put(
                        "csrfToken",
                        config.path("uidl").path("Vaadin-Security-Key").asText());
        uidl.putArray("rpc").add(rpc);
        uidl.put("syncId", 0).put("clientId", 0);
        Page navigated = request("POST", "/?v-r=uidl&v-uiId=" + uiId, uidl.toString(), "application/json", jar);
        if (navigated.status() != 200) {
            throw new IllegalStateException(
                    "navigation answered " + navigated.status() + ": " + excerpt(navigated.body()));
        }
        return new Opened(config.path("productionMode").asBoolean(), navigated.body());
    }

    private static String excerpt(String body) {
        return body.substring(0, Math.min(300, body.length()));
    }

    private record Page(int status, String body, @Nullable String location) {}

    private Page request(
            String method, String path, @Nullable String body, @Nullable String type, Map<String, String> jar)
            throws IOException {
        HttpURLConnection c =
                (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        c.setRequestMethod(method);
        c.setConnectTimeout(10_000);
        c.setReadTimeout(60_000);
        c.setRequestProperty("Accept-Language", "zh-CN");
        if (!jar.isEmpty()) {
            c.setRequestProperty(
                    "Cookie",
                    jar.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        if (body != null) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            c.setRequestProperty("Content-Type", type == null ? "application/octet-stream" : type);
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = c.getResponseCode();
        String answer;
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> cookies = c.getHeaderFields().get("Set-Cookie");
        if (cookies != null) {
            for (String cookie : cookies) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    jar.put(
                            pair.substring(0, eq).strip(),
                            pair.substring(eq + 1).strip());
                }
            }
        }
        return new Page(status, answer, c.getHeaderField("Location"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
