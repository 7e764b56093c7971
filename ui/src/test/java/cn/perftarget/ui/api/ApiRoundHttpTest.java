package cn.perftarget.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.office.write.TableDocuments;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.ui.review.Tables;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.apiclient.ApiClients;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole round only through HTTP, as the 一体化 system and people's scripts drive it: an API client of unit 442001
 * imports a Word document, fixes its ERRORs with a draft update (If-Match), submits; the department reviewer (personal
 * token) passes; the fiscal reviewer grades 中 with a comment (refused without one), the client fixes and resubmits,
 * the fiscal reviewer grades 优, and the client downloads the approved table as Word and PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiRoundHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiClients clients;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private AppUser user(String username) {
        return accounts.find(username).orElseThrow();
    }

    private ApiClient drafterClient() {
        String token = clients.create(
                        user("admin"),
                        "一体化-" + UUID.randomUUID().toString().substring(0, 8),
                        Role.DRAFTER,
                        "442001",
                        Duration.ofDays(1))
                .token();
        return new ApiClient(port, token);
    }

    private ApiClient person(String username) {
        return new ApiClient(
                port, clients.issuePersonal(user(username), Duration.ofDays(1)).token());
    }

    @Test
    void aWholeRoundOnlyThroughHttp() throws Exception {
        ApiClient unit = drafterClient();
        HttpResponse<byte[]> document = unit.get(ApiPaths.OPENAPI);
        assertThat(document.statusCode()).isEqualTo(200);
        OpenApiCheck openApi = new OpenApiCheck(new String(document.body(), StandardCharsets.UTF_8));
        unit.checkedBy(openApi);
        ApiClient department = person("bumen").checkedBy(openApi);
        ApiClient fiscal = person("caizheng").checkedBy(openApi);

        TargetTable clean = Tables.clean("API全流程表");
        TargetTable broken = clean.withAmounts(MoneyCell.BLANK, clean.fiscalFunds(), clean.otherFunds());
        byte[] docx = TableDocuments.docx(broken, 1);

        HttpResponse<byte[]> imported = unit.upload(
                "/api/v1/tables/import?fiscal_year=2020",
                "api-round.docx",
                docx,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(imported.statusCode())
                .as(new String(imported.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        JsonNode created = ApiClient.json(imported).get(0).get("created");
        assertThat(created).hasSize(1);
        long id = created.get(0).get("table_id").asLong();

        JsonNode findings = ApiClient.json(unit.get("/api/v1/tables/" + id + "/findings"));
        assertThat(errors(findings)).as("the blank 预算数 is an ERROR").isNotEmpty();
        HttpResponse<byte[]> refused = unit.post("/api/v1/tables/" + id + "/submit", Map.of());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(ApiClient.json(refused).get("code").asText()).isEqualTo("validation_failed");
        assertThat(ApiClient.json(refused).get("findings")).isNotEmpty();

        HttpResponse<byte[]> read = unit.get("/api/v1/tables/" + id);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        ObjectNode content = (ObjectNode) ApiClient.json(read).get("content");
        assertThat(content.get("pro_code").asText()).isEqualTo(clean.projectCode());
        assertThat(content.get("agency_code").asText()).isEqualTo("442001");
        content.put("budget_amount", clean.budget().text());
        HttpResponse<byte[]> saved = unit.put("/api/v1/tables/" + id, content, Map.of("If-Match", etag));
        assertThat(saved.statusCode())
                .as(new String(saved.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(saved.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(errors(ApiClient.json(unit.get("/api/v1/tables/" + id + "/findings"))))
                .isEmpty();

        assertThat(status(unit.post("/api/v1/tables/" + id + "/submit", Map.of())))
                .isEqualTo("DEPT_REVIEW");

        String task = claimable(department, id);
        assertThat(department.post("/api/v1/tasks/" + task + "/claim", Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(status(department.post("/api/v1/tasks/" + task + "/pass", Map.of("comment", "同意"))))
                .isEqualTo("FISCAL_REVIEW");

        task = claimable(fiscal, id);
        assertThat(fiscal.post("/api/v1/tasks/" + task + "/claim", Map.of()).statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> noComment = fiscal.post(
                "/api/v1/tasks/" + task + "/grade", Map.of("grade", "FAIR"), Map.of("Accept-Language", "en"));
        assertThat(noComment.statusCode()).isEqualTo(422);
        JsonNode problem = ApiClient.json(noComment);
        assertThat(problem.get("code").asText()).isEqualTo("invalid_input");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("comment");
        assertThat(problem.get("detail").asText()).as("in English").doesNotContainPattern("\\p{IsHan}");
        assertThat(status(
                        fiscal.post("/api/v1/tasks/" + task + "/grade", Map.of("grade", "FAIR", "comment", "绩效目标需细化"))))
                .isEqualTo("DRAFTING");

        read = unit.get("/api/v1/tables/" + id);
        content = (ObjectNode) ApiClient.json(read).get("content");
        content.put("goals", content.get("goals").asText() + "（已按财政意见细化）");
        assertThat(unit.put(
                                "/api/v1/tables/" + id,
                                content,
                                Map.of(
                                        "If-Match",
                                        read.headers().firstValue("ETag").orElseThrow()))
                        .statusCode())
                .isEqualTo(200);
        assertThat(status(unit.post("/api/v1/tables/" + id + "/submit", Map.of())))
                .isEqualTo("FISCAL_REVIEW");

        task = claimable(fiscal, id);
        fiscal.post("/api/v1/tasks/" + task + "/claim", Map.of());
        assertThat(status(fiscal.post("/api/v1/tasks/" + task + "/grade", Map.of("grade", "EXCELLENT"))))
                .isEqualTo("APPROVED");

        HttpResponse<byte[]> pdf = unit.get("/api/v1/tables/" + id + "/export?format=pdf&revision=approved");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> word = unit.get("/api/v1/tables/" + id + "/export?format=docx&revision=approved");
        assertThat(word.statusCode()).isEqualTo(200);
        assertThat(word.body()[0]).as("a zip").isEqualTo((byte) 'P');

        JsonNode approved = ApiClient.json(unit.get("/api/v1/tables/" + id + "/approved"));
        assertThat(approved.get("kind").asText()).isEqualTo("APPROVED");
        JsonNode revisions = ApiClient.json(unit.get("/api/v1/tables/" + id + "/revisions"));
        assertThat(revisions.size()).isGreaterThanOrEqualTo(3);
        JsonNode diff = ApiClient.json(unit.get("/api/v1/tables/" + id + "/revisions/diff?from="
                + revisions.get(0).get("id").asLong() + "&to="
                + approved.get("id").asLong()));
        assertThat(diff.get("fields").toString()).contains("goals");
        JsonNode history = ApiClient.json(unit.get("/api/v1/tables/" + id + "/history"));
        List<String> actions = new ArrayList<>();
        history.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).contains("IMPORT", "SUBMIT", "EXPORT");
        assertThat(history.get(0).get("actor").asText())
                .as("audited as the client's account")
                .startsWith("api-");
    }

    @Test
    void aStaleIfMatchGets412AndChangesNothingAndNoIfMatchGets428() throws Exception {
        ApiClient unit = drafterClient();
        HttpResponse<byte[]> created = unit.post("/api/v1/tables", TableContentJson.of(Tables.clean("API并发修改表")));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location").orElseThrow()).startsWith("/api/v1/tables/");
        long id = ApiClient.json(created).get("id").asLong();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        ObjectNode content = (ObjectNode) ApiClient.json(created).get("content");

        content.put("goals", "第一次修改");
        assertThat(unit.put("/api/v1/tables/" + id, content, Map.of("If-Match", etag))
                        .statusCode())
                .isEqualTo(200);
        content.put("goals", "基于旧版本的修改");
        HttpResponse<byte[]> stale = unit.put("/api/v1/tables/" + id, content, Map.of("If-Match", etag));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(ApiClient.json(stale).get("code").asText()).isEqualTo("stale_version");
        assertThat(ApiClient.json(unit.get("/api/v1/tables/" + id))
                        .get("content")
                        .get("goals")
                        .asText())
                .isEqualTo("第一次修改");
        assertThat(unit.put("/api/v1/tables/" + id, content, Map.of()).statusCode())
                .isEqualTo(428);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyActOnce() throws Exception {
        ApiClient unit = drafterClient();
        TableContentJson content = TableContentJson.of(Tables.clean("API幂等表"));
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<HttpResponse<byte[]>>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                Callable<HttpResponse<byte[]>> call =
                        () -> unit.post("/api/v1/tables", content, Map.of("Idempotency-Key", key));
                calls.add(pool.submit(call));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<HttpResponse<byte[]>> call : calls) {
                HttpResponse<byte[]> response = call.get();
                assertThat(response.statusCode()).isEqualTo(201);
                bodies.add(ApiClient.json(response).get("id").asText());
            }
            assertThat(bodies).as("every retry gets the first answer").containsOnly(bodies.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from target_table where project_code = ?", Long.class, content.proCode()))
                .as("created once")
                .isEqualTo(1);
        HttpResponse<byte[]> other =
                unit.post("/api/v1/tables", TableContentJson.of(Tables.clean("另一张表")), Map.of("Idempotency-Key", key));
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(other).get("code").asText()).isEqualTo("idempotency_key_reused");
    }

    @Test
    void withoutAValidTokenEveryCallIs401AndLoggedAndRefusalsAreProblemsInChineseByDefault() throws Exception {
        HttpResponse<byte[]> none = new ApiClient(port, null).get("/api/v1/tables");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(none.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        HttpResponse<byte[]> wrong = new ApiClient(port, "ptk_forged").get("/api/v1/tables");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(ApiClient.json(wrong).get("code").asText()).isEqualTo("invalid_token");

        ApiClient outsider = person("lunan");
        HttpResponse<byte[]> table = outsider.get("/api/v1/tables/"
                + jdbc.queryForObject(
                        "select t.id from target_table t join organisation o on o.id = t.unit_id"
                                + " where o.code = '442001' order by t.id limit 1",
                        Long.class));
        assertThat(table.statusCode()).isEqualTo(404);
        JsonNode problem = ApiClient.json(table);
        assertThat(problem.get("code").asText()).isEqualTo("not_found");
        assertThat(problem.get("type").asText()).isEqualTo("urn:perftarget:problem:not_found");
        assertThat(problem.get("detail").asText()).contains("无权访问");
        assertThat(jdbc.queryForObject(
                        "select count(*) from security_event where subject = 'lunan' and type = 'ACCESS_REFUSED'",
                        Long.class))
                .isPositive();
    }

    private static List<JsonNode> errors(JsonNode findings) {
        List<JsonNode> errors = new ArrayList<>();
        findings.forEach(f -> {
            if ("ERROR".equals(f.get("severity").asText())) {
                errors.add(f);
            }
        });
        return errors;
    }

    private static String status(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return ApiClient.json(response).get("to_status").asText();
    }

    private static String claimable(ApiClient reviewer, long tableId) throws Exception {
        JsonNode inbox = ApiClient.json(reviewer.get("/api/v1/tasks?tab=CLAIMABLE&limit=500"));
        for (JsonNode row : inbox.get("items")) {
            if (row.get("table_id").asLong() == tableId) {
                return row.get("task_id").asText();
            }
        }
        throw new AssertionError("no claimable task of table " + tableId + ": " + inbox);
    }
}
