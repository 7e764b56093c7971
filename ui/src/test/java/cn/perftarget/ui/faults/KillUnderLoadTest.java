package cn.perftarget.ui.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.workflow.apiclient.TokenHash;
import cn.perftarget.workflow.process.ProcessStep;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the application under load: the app runs in a JVM of its own on a kept data folder; eight
 * threads drive the REST API as drafters (create, save draft, submit), department reviewers (claim, pass, return)
 * and fiscal reviewers (claim, grade 优 or 中), each call that returned success recorded; the app is killed with
 * SIGKILL in the middle of it and started again on the same folder (its orphaned PostgreSQL stopped first). Then:
 * every recorded success is there (the audit entry it returned, the table it created, the version it saved); every
 * table's status, the waiting task of its process and its last audit entry agree; the audit chains verify (a fresh
 * check at start); and nothing needs a repair — a second round of the same load on the restarted app succeeds
 * without a server error, on the tables of the first. Runs in the profile {@code faults} (README).
 */
@Tag("faults")
class KillUnderLoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START = Duration.ofMinutes(6);

    /** A call that returned success. */
    private record Success(String user, String action, long tableId, long auditEntryId, int version) {}

    @Test
    void afterAKillUnderLoadEverySuccessfulActionIsThereAndNoTableIsSplit(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Path logs = Path.of("target", "faults");
        int port = AppProcess.freePort();
        int dbPort = AppProcess.freePort();
        AppProcess app = AppProcess.start(data, port, dbPort, logs.resolve("kill-under-load-1.log"));
        AppProcess second = null;
        try {
            app.awaitUp(START);
            Map<String, String> tokens = issueTokens(data, dbPort);
            JsonNode template = cleanContent(new Api(port, tokens.get("bianzhi")));

            Load first = new Load(port, tokens, template);
            first.start();
            first.awaitSuccesses(40, Duration.ofMinutes(3));
            app.killHard();
            first.stop();
            assertThat(first.serverErrors)
                    .as("server errors before the kill: %s", first.errorSamples)
                    .isEmpty();

            Instant restart = Instant.now();
            second = AppProcess.start(data, port, dbPort, logs.resolve("kill-under-load-2.log"));
            second.awaitUp(START);

            try (Connection db = owner(data, dbPort)) {
                everySuccessIsThere(db, first.successes);
                everyTableAgreesWithItsProcessAndItsAudit(db);
                theAuditChainsWereVerifiedAtTheRestart(db, restart);
            }

            // nothing needs a repair: the same load again, on the same tables, without a server error
            Load again = new Load(port, tokens, template);
            again.start();
            again.awaitSuccesses(20, Duration.ofMinutes(3));
            again.stop();
            assertThat(again.serverErrors)
                    .as("server errors after the restart: %s", again.errorSamples)
                    .isEmpty();
            assertThat(again.successes)
                    .extracting(Success::action)
                    .contains("SUBMIT", "PASS")
                    .containsAnyOf("GRADE", "RETURN");
            try (Connection db = owner(data, dbPort)) {
                everyTableAgreesWithItsProcessAndItsAudit(db);
            }
        } finally {
            app.stop();
            if (second != null) {
                second.stop();
            }
        }
    }

    // --- the checks

    private static void everySuccessIsThere(Connection db, List<Success> successes) throws SQLException {
        assertThat(successes).isNotEmpty();
        for (Success s : successes) {
            assertThat(count(db, "select count(*) from target_table where id = ?", s.tableId()))
                    .as("the table of %s", s)
                    .isEqualTo(1);
            if (s.auditEntryId() > 0) {
                assertThat(count(
                                db,
                                "select count(*) from audit_entry where id = ? and table_id = ?",
                                s.auditEntryId(),
                                s.tableId()))
                        .as("the audit entry of %s", s)
                        .isEqualTo(1);
            }
            if (s.version() > 0) {
                assertThat(count(
                                db,
                                "select count(*) from target_table where id = ? and version >= ?",
                                s.tableId(),
                                s.version()))
                        .as("the saved version of %s", s)
                        .isEqualTo(1);
            }
        }
    }

    /** Status ⇔ the waiting task of the round's process ⇔ the state the last audit entry led to. */
    private static void everyTableAgreesWithItsProcessAndItsAudit(Connection db) throws SQLException {
        List<String> split = new ArrayList<>();
        int checked = 0;
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("""
                        select t.id, t.status, t.process_instance_id,
                               (select string_agg(k.task_def_key_, ',') from act_ru_task k
                                 where k.proc_inst_id_ = t.process_instance_id) as tasks,
                               (select a.to_state from audit_entry a where a.table_id = t.id and a.to_state is not null
                                 order by a.seq desc limit 1) as audited
                        from target_table t""")) {
            while (rs.next()) {
                checked++;
                long id = rs.getLong(1);
                String status = rs.getString(2);
                String tasks = rs.getString(4);
                String audited = rs.getString(5);
                if (tasks != null) {
                    for (String key : tasks.split(",")) {
                        Optional<ProcessStep> step = ProcessStep.ofActivity(key);
                        if (step.isEmpty() || !step.get().status(false).name().equals(status)) {
                            split.add("table " + id + ": status " + status + ", task " + key);
                        }
                    }
                    if (tasks.split(",").length > 1) {
                        split.add("table " + id + ": several tasks " + tasks);
                    }
                } else if (status.equals("DEPT_REVIEW")
                        || status.equals("FISCAL_REVIEW")
                        || status.equals("UNIT_CONFIRM")) {
                    split.add("table " + id + ": status " + status + " without a task");
                }
                if (audited != null && !audited.equals(status)) {
                    split.add("table " + id + ": status " + status + ", last audit entry to " + audited);
                }
            }
        }
        assertThat(checked).isPositive();
        assertThat(split).as("tables in a split state").isEmpty();
    }

    private static void theAuditChainsWereVerifiedAtTheRestart(Connection db, Instant restart) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(
                "select outcome, at, details from security_event where type = 'AUDIT_CHECK' order by seq desc limit 1")) {
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("an audit check").isTrue();
                assertThat(rs.getTimestamp(2).toInstant()).isAfter(restart);
                assertThat(rs.getString(1))
                        .as("audit check: %s", rs.getString(3))
                        .isEqualTo("SUCCESS");
            }
        }
    }

    // --- the load

    /** Eight threads over the API: three drafters, three department reviewers, two fiscal reviewers. */
    private static final class Load {

        final List<Success> successes = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> serverErrors = Collections.synchronizedList(new ArrayList<>());
        final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicInteger codes = new AtomicInteger();
        private final String run = UUID.randomUUID().toString().substring(0, 4).toUpperCase();

        Load(int port, Map<String, String> tokens, JsonNode template) {
            for (String drafter : List.of("bianzhi", "bianzhi2", "bianzhi3")) {
                Api api = new Api(port, tokens.get(drafter));
                threads.add(new Thread(() -> loop(() -> draft(api, drafter, template)), "load-" + drafter));
            }
            for (String reviewer : List.of("bumen", "bumen2", "bumenlead")) {
                Api api = new Api(port, tokens.get(reviewer));
                threads.add(
                        new Thread(() -> loop(() -> review(api, reviewer, "departmentReview")), "load-" + reviewer));
            }
            for (String reviewer : List.of("caizheng", "caizheng2")) {
                Api api = new Api(port, tokens.get(reviewer));
                threads.add(new Thread(() -> loop(() -> review(api, reviewer, "fiscalReview")), "load-" + reviewer));
            }
        }

        void start() {
            threads.forEach(Thread::start);
        }

        void awaitSuccesses(int n, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (successes.size() < n && System.nanoTime() < end) {
                Thread.sleep(200);
            }
            assertThat(successes.size()).as("successful calls under load").isGreaterThanOrEqualTo(n);
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(60_000);
            }
        }

        private interface Step {
            void run() throws Exception;
        }

        private void loop(Step step) {
            while (running.get()) {
                try {
                    step.run();
                } catch (IOException e) {
                    // the application is gone (killed): the outcome of that call is unknown, it is not counted
                    sleep(200);
                } catch (Exception e) {
                    errorSamples.add(e.toString());
                    sleep(200);
                }
            }
        }

        /** 新建, 修改草稿, 提交. */
        private void draft(Api api, String user, JsonNode template) throws Exception {
            ObjectNode content = template.deepCopy();
            int n = codes.incrementAndGet();
            content.put("pro_code", "KL" + run + user.toUpperCase() + n);
            content.put("pro_name", template.path("pro_name").asText() + "（负载" + run + "-" + user + "-" + n + "）");
            HttpResponse<String> created = api.send("POST", "/api/v1/tables", content, null);
            if (!ok(created)) {
                return;
            }
            long id = JSON.readTree(created.body()).path("id").asLong();
            successes.add(new Success(user, "CREATE", id, 0, 0));
            content.put("fund_purpose", template.path("fund_purpose").asText() + "（已修改）");
            String etag = created.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> saved = api.send("PUT", "/api/v1/tables/" + id, content, etag);
            if (!ok(saved)) {
                return;
            }
            int version = Integer.parseInt(
                    saved.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
            successes.add(new Success(user, "SAVE_DRAFT", id, 0, version));
            action(api, user, "/api/v1/tables/" + id + "/submit", Map.of());
        }

        /** 认领, then 通过 / 退回 (department) or 优 / 中 (fiscal). */
        private void review(Api api, String user, String step) throws Exception {
            HttpResponse<String> inbox = api.send("GET", "/api/v1/tasks?tab=OPEN&limit=50", null, null);
            if (!ok(inbox)) {
                return;
            }
            List<JsonNode> tasks = new ArrayList<>();
            JSON.readTree(inbox.body()).path("items").forEach(t -> {
                if (t.path("task_key").asText().equals(step)) {
                    tasks.add(t);
                }
            });
            if (tasks.isEmpty()) {
                sleep(300);
                return;
            }
            JsonNode task = tasks.get(ThreadLocalRandom.current().nextInt(tasks.size()));
            String id = task.path("task_id").asText();
            if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()) {
                if (action(api, user, "/api/v1/tasks/" + id + "/claim", Map.of()) == null) {
                    return;
                }
            } else if (!task.path("assignee").asText().equals(user)) {
                return;
            }
            boolean back = ThreadLocalRandom.current().nextInt(4) == 0;
            if (step.equals("departmentReview")) {
                action(
                        api,
                        user,
                        "/api/v1/tasks/" + id + (back ? "/return" : "/pass"),
                        Map.of("comment", back ? "负载测试退回" : "负载测试通过"));
            } else {
                action(
                        api,
                        user,
                        "/api/v1/tasks/" + id + "/grade",
                        back
                                ? Map.of("grade", "FAIR", "comment", "负载测试评为中")
                                : Map.of("grade", "EXCELLENT", "comment", "负载测试评为优"));
            }
        }

        /** A call answering an ActionResult: recorded when it succeeded. */
        private JsonNode action(Api api, String user, String path, Map<String, String> body) throws Exception {
            HttpResponse<String> answer = api.send("POST", path, JSON.valueToTree(body), null);
            if (!ok(answer)) {
                return null;
            }
            JsonNode result = JSON.readTree(answer.body());
            successes.add(new Success(
                    user,
                    result.path("action").asText(),
                    result.path("table_id").asLong(),
                    result.path("audit_entry_id").asLong(),
                    0));
            return result;
        }

        /** 2xx; a 4xx (someone acted first, an ERROR finding) is the load's normal; a 5xx is recorded. */
        private boolean ok(HttpResponse<String> answer) {
            int status = answer.statusCode();
            if (status >= 500 && running.get()) {
                serverErrors.add(status);
                errorSamples.add(answer.uri() + " " + status + " " + answer.body());
            }
            return status / 100 == 2;
        }

        private static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One caller of the API (a personal token). */
    private record Api(int port, String token) {

        private static final HttpClient HTTP =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> send(String method, String path, JsonNode body, String ifMatch) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    // --- set-up behind the application's back, as a database administrator could

    /** Personal API tokens of the demo users of the load, written as their SHA-256 (as ApiClients stores them). */
    private static Map<String, String> issueTokens(Path data, int dbPort) throws Exception {
        Map<String, String> tokens = new HashMap<>();
        try (Connection db = owner(data, dbPort);
                PreparedStatement st = db.prepareStatement("""
                        insert into api_token (token_hash, user_id, created_by, expires_at)
                        select ?, id, 'KillUnderLoadTest', now() + interval '1 day' from app_user where username = ?""")) {
            for (String user : List.of(
                    "bianzhi", "bianzhi2", "bianzhi3", "bumen", "bumen2", "bumenlead", "caizheng", "caizheng2")) {
                String token = "ptk_" + UUID.randomUUID() + UUID.randomUUID();
                st.setString(1, TokenHash.sha256(token));
                st.setString(2, user);
                assertThat(st.executeUpdate()).as(user).isEqualTo(1);
                tokens.put(user, token);
            }
        }
        return tokens;
    }

    /** The content of an approved demo table of 442001: it passes the submission's ERROR check. */
    private static JsonNode cleanContent(Api drafter) throws Exception {
        HttpResponse<String> approved = drafter.send("GET", "/api/v1/tables?status=APPROVED&limit=5", null, null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonNode rows = JSON.readTree(approved.body()).path("items");
        assertThat(rows.size()).as("approved demo tables: %s", approved.body()).isPositive();
        long id = rows.get(0).path("id").asLong();
        HttpResponse<String> table = drafter.send("GET", "/api/v1/tables/" + id, null, null);
        return JSON.readTree(table.body()).path("content");
    }

    private static Connection owner(Path data, int dbPort) throws IOException, SQLException {
        Properties passwords = new Properties();
        passwords.load(new StringReader(Files.readString(data.resolve("pg.credentials"))));
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + dbPort + "/postgres",
                "perftarget_owner",
                passwords.getProperty("perftarget_owner"));
    }

    private static long count(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
