package cn.perftarget.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.apiclient.ApiClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * POST /api/v1/budget-projects: a fiscal reviewer stores the budget's projects of units in scope (the allowed write
 * the endpoint matrix leaves out); a wrong project is a problem detail and nothing is stored; a unit outside the
 * scope is not found. The OpenAPI check of {@link ApiClient} validates every request and answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BudgetProjectsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiClients clients;

    @Autowired
    UserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFiscalReviewerStoresTheBudgetsProjects() throws Exception {
        ApiClient caizheng = new ApiClient(
                port,
                clients.issuePersonal(users.findByUsername("caizheng").orElseThrow(), Duration.ofDays(1))
                        .token());
        var stored = caizheng.post(
                ApiPaths.V1 + "/budget-projects",
                Map.of(
                        "fiscal_year",
                        2031,
                        "projects",
                        List.of(project("HTTP-BP-1", "442001", 12.5), project("HTTP-BP-2", "442003", 8))));
        assertThat(stored.statusCode())
                .as(new String(stored.body(), StandardCharsets.UTF_8))
                .isEqualTo(201);
        assertThat(ApiClient.json(stored).get("stored").asInt()).isEqualTo(2);
        assertThat(count()).isEqualTo(2);

        var wrong = caizheng.post(
                ApiPaths.V1 + "/budget-projects",
                Map.of("fiscal_year", 2031, "projects", List.of(project("", "442001", 1))));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(new String(wrong.body(), StandardCharsets.UTF_8)).contains("缺少项目编码");

        var outside = caizheng.post(
                ApiPaths.V1 + "/budget-projects",
                Map.of("fiscal_year", 2031, "projects", List.of(project("HTTP-BP-3", "438001", 1))));
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(count()).isEqualTo(2);
    }

    private static Map<String, Object> project(String code, String unit, double amount) {
        return Map.of("pro_code", code, "pro_name", "接口预算项目", "agency_code", unit, "amount", amount);
    }

    private long count() {
        Long n = jdbc.queryForObject(
                "select count(*) from budget_project where fiscal_year = 2031 and project_code like 'HTTP-BP-%'",
                Long.class);
        return n == null ? 0 : n;
    }
}
