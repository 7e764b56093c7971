package cn.perftarget.bench;

import cn.perftarget.workflow.apiclient.ApiClients;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The same review through {@code /api/v1} over real HTTP (HttpURLConnection, HTTP/1.1, a kept-alive connection) to the
 * app's server in this process, as a client of the 一体化 system would make it: each person with a personal bearer
 * token (issued once before the run), a fresh {@code Idempotency-Key} on every POST, the JSON answers parsed.
 * {@code POST /tables/{id}/submit}, {@code GET /tasks?tab=OPEN&q=<pro_code>&limit=50}, {@code POST
 * /tasks/{task}/pass}, the same GET, {@code POST /tasks/{task}/grade {"grade":"EXCELLENT"}}. Any answer but the
 * expected one ends the run (a 429 of the rate limit included).
 */
final class HttpApiReviewRound implements ReviewRound {

    private final ApiHttp http;
    private final Map<String, String> tokens = new HashMap<>();
    private final FoundTasks found = new FoundTasks();
    private long approved;
    private long calls;
    /** Per step, the time the server spent on the calls ({@link ServerTimer}), since the last reset. */
    private final long[] serverNanos = new long[STEPS.size()];

    private int step;

    HttpApiReviewRound(int port, ApiClients clients, RoundTables tables) {
        this.http = new ApiHttp(port);
        for (String actor : tables.actors()) {
            tokens.put(
                    actor,
                    clients.issuePersonal(tables.user(actor), Duration.ofDays(1))
                            .token());
        }
    }

    @Override
    public String name() {
        return "/api/v1 over HTTP";
    }

    @Override
    public void runStep(RoundTables.Draft d, int step) {
        this.step = step;
        switch (step) {
            case 0 -> post(d.drafter(), "/tables/" + d.tableId() + "/submit", null);
            case 1 -> found.found(d.tableId(), task(d.departmentReviewer(), d.projectCode()));
            case 2 -> post(d.departmentReviewer(), "/tasks/" + found.take(d.tableId()) + "/pass", "{}");
            case 3 -> found.found(d.tableId(), task(d.fiscalReviewer(), d.projectCode()));
            case 4 -> {
                JsonNode r = post(
                        d.fiscalReviewer(),
                        "/tasks/" + found.take(d.tableId()) + "/grade",
                        "{\"grade\":\"EXCELLENT\"}");
                if ("APPROVED".equals(r.path("to_status").asText())) {
                    approved++;
                }
            }
            default -> throw new IllegalArgumentException("step " + step);
        }
    }

    /** The reviewer's 全部待办 searched by a project code, 50 rows (as the review asks for it). */
    JsonNode inboxSearch(String reviewer, String projectCode) {
        return send(
                reviewer,
                "GET",
                "/tasks?tab=OPEN&limit=50&q=" + URLEncoder.encode(projectCode, StandardCharsets.UTF_8),
                null);
    }

    private String task(String reviewer, String projectCode) {
        JsonNode items = inboxSearch(reviewer, projectCode).path("items");
        if (items.size() != 1) {
            throw new IllegalStateException(reviewer + " finds " + items.size() + " tasks of " + projectCode);
        }
        return items.get(0).path("task_id").asText();
    }

    JsonNode post(String who, String path, @Nullable String body) {
        return send(who, "POST", path, body);
    }

    /** One call through {@link ApiHttp}; any status but 200 ends the run. */
    private JsonNode send(String who, String method, String path, @Nullable String body) {
        try {
            ApiHttp.Answer answer = http.send(token(who), method, path, body, null);
            calls++;
            serverNanos[step] += ServerTimer.nanosOf(calls);
            if (answer.status() != 200) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + answer.status() + ": " + answer.text());
            }
            return answer.json();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long approvedCount() {
        return approved;
    }

    long calls() {
        return calls;
    }

    void resetServerTimes() {
        java.util.Arrays.fill(serverNanos, 0);
    }

    /** Milliseconds per table the server spent on each step since the last reset. */
    Map<String, Double> serverMillisPerStep(int tables) {
        Map<String, Double> millis = new java.util.LinkedHashMap<>();
        for (int i = 0; i < serverNanos.length; i++) {
            millis.put(STEPS.get(i), Samples.round(serverNanos[i] / 1e6 / tables));
        }
        return millis;
    }

    String token(String who) {
        String token = tokens.get(who);
        if (token == null) {
            throw new IllegalArgumentException("no token issued to " + who);
        }
        return token;
    }
}
