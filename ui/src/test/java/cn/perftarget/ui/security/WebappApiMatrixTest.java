package cn.perftarget.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.domain.account.DemoCodes;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.table.SeedTables;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.SecondFactorPolicy;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.approval.ApprovalService;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Camunda webapps' REST API (the one Cockpit, Tasklist and Admin call) as every kind of user: only operators sign
 * in to the webapps ({@code WebappAuthorizations}), and even they only read: every path that would write a task, its
 * variables or candidates, start, delete or deploy a process, or create a user or group is refused by the engine's
 * guard ({@code CommandGuard}) and changes nothing. Anybody else gets no webapp session, so every path answers 401/403.
 * The webapps have no table scope (an operator sees every round, by design); the task of the matrix waits at the
 * department review of a table made for this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebappApiMatrixTest {

    private static final String API = "/camunda/api/engine/engine/default";
    private static final String PASSWORD = "demo123";

    @LocalServerPort
    int port;

    @Autowired
    ApprovalService approvals;

    @Autowired
    UserRepository users;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    /** A path of the webapps' API: a read (GET) or a write. */
    private record ApiCall(String method, String path, String body) {

        boolean write() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Autowired
    ProcessEngine processEngine;

    /** The engine the webapps served before this test, when another test context registered its own. */
    private @Nullable ProcessEngine displaced;

    private @Nullable ProcessEngine displacedStatic;

    /**
     * The webapps find their engine by name in the platform's registry, which the newest test context's engine of
     * that name occupies: this context's engine is put back there, so that the webapps this test calls see its task.
     */
    @BeforeAll
    void serveThisContextsEngine() {
        RuntimeContainerDelegate platform = RuntimeContainerDelegate.INSTANCE.get();
        ProcessEngine registered = platform.getProcessEngineService().getProcessEngine(processEngine.getName());
        if (registered != processEngine) {
            if (registered != null) {
                platform.unregisterProcessEngine(registered);
                displaced = registered;
            }
            platform.registerProcessEngine(processEngine);
        }
        // the engine REST API of the Spring Boot webapps looks its engine up in ProcessEngines
        displacedStatic = ProcessEngines.getProcessEngines().get(processEngine.getName());
        ProcessEngines.registerProcessEngine(processEngine);
    }

    @AfterAll
    void restoreTheEngineServedBefore() {
        if (displacedStatic != null && displacedStatic != processEngine) {
            ProcessEngines.registerProcessEngine(displacedStatic);
        }
        if (displaced != null) {
            RuntimeContainerDelegate platform = RuntimeContainerDelegate.INSTANCE.get();
            platform.unregisterProcessEngine(processEngine);
            platform.registerProcessEngine(displaced);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyWebappPathAsEveryKindOfUser() {
        Task task = waitingTask();
        String pid = task.getProcessInstanceId();
        String t = task.getId();
        List<ApiCall> calls = List.of(
                new ApiCall("GET", "/task", ""),
                new ApiCall("GET", "/task/" + t + "/variables", ""),
                new ApiCall("GET", "/task/" + t + "/identity-links", ""),
                new ApiCall("GET", "/process-instance/" + pid + "/variables", ""),
                new ApiCall("GET", "/user", ""),
                new ApiCall("GET", "/group", ""),
                new ApiCall("GET", "/deployment", ""),
                new ApiCall("GET", "/authorization", ""),
                new ApiCall("POST", "/task/" + t + "/claim", "{\"userId\":\"yunwei\"}"),
                new ApiCall("POST", "/task/" + t + "/assignee", "{\"userId\":\"yunwei\"}"),
                new ApiCall("POST", "/task/" + t + "/complete", "{}"),
                new ApiCall(
                        "PUT",
                        "/task/" + t + "/variables/" + ApprovalVariables.RESUBMIT_VIA_DEPARTMENT,
                        "{\"value\":true,\"type\":\"Boolean\"}"),
                new ApiCall(
                        "POST",
                        "/task/" + t + "/identity-links",
                        "{\"groupId\":\"camunda-admin\",\"type\":\"candidate\"}"),
                new ApiCall(
                        "PUT",
                        "/process-instance/" + pid + "/variables/" + ApprovalVariables.FISCAL_SECTION,
                        "{\"value\":\"X\",\"type\":\"String\"}"),
                new ApiCall("DELETE", "/process-instance/" + pid, ""),
                new ApiCall("POST", "/process-definition/key/target-approval/start", "{}"),
                new ApiCall(
                        "POST",
                        "/user/create",
                        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder-2026x\"}}"),
                new ApiCall("POST", "/group/create", "{\"id\":\"intruders\",\"name\":\"x\",\"type\":\"WORKFLOW\"}"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Role role : Role.values()) {
            String username = demoUser(role);
            // one sign-in per user, as in a browser (a code of the second factor is accepted once)
            WebappSession session = new WebappSession();
            boolean[] signedIn = {false};
            for (ApiCall call : calls) {
                boolean allowed = role == Role.OPERATOR && !call.write();
                tests.add(DynamicTest.dynamicTest(
                        "%s (%s) · %s → %s".formatted(role, username, call, allowed ? "allowed" : "refused"), () -> {
                            if (!signedIn[0]) {
                                session.login(username, password(username));
                                signedIn[0] = true;
                            }
                            HttpResponse<String> response = session.call(call);
                            boolean ok = response.statusCode() / 100 == 2;
                            assertThat(ok)
                                    .as("%s %s answered %s: %s", username, call, response.statusCode(), response.body())
                                    .isEqualTo(allowed);
                            Task after = taskService.createTaskQuery().taskId(t).singleResult();
                            assertThat(after).as("the task is still there").isNotNull();
                            assertThat(after.getAssignee())
                                    .as("nobody holds the task")
                                    .isNull();
                            assertThat(runtimeService.getVariable(pid, ApprovalVariables.FISCAL_SECTION))
                                    .isNotEqualTo("X");
                        }));
            }
        }
        return tests.stream();
    }

    /** A demo user of each role (the demo users of the administrative roles sign in with a second factor). */
    private static String demoUser(Role role) {
        return switch (role) {
            case DRAFTER -> "bianzhi";
            case DEPT_REVIEWER -> "bumen";
            case FISCAL_REVIEWER -> "caizheng";
            case AUDITOR -> "shenji";
            case SYSTEM_ADMIN -> "admin";
            case SECURITY_ADMIN -> "anquan";
            case AUDIT_ADMIN -> "shenjiguan";
            case OPERATOR -> "yunwei";
        };
    }

    private String password(String username) {
        AppUser user = users.findByUsername(username).orElseThrow();
        boolean secondFactor = user.roles().stream().anyMatch(SecondFactorPolicy.REQUIRED::contains);
        return secondFactor ? PASSWORD + DemoCodes.next(username) : PASSWORD;
    }

    /** A table of a department of its own, submitted: its round waits at the department review. */
    private Task waitingTask() {
        String n = UUID.randomUUID().toString().substring(0, 6);
        Organisation bureau = organisations.findByCode("F-QHD").orElseThrow();
        Organisation department = organisations.save(new Organisation(
                null, "WD" + n, "矩阵部门" + n, OrgKind.DEPARTMENT, bureau.savedId(), bureau.regionCode()));
        Organisation unit = organisations.save(new Organisation(
                null, "WD" + n + "001", "矩阵单位" + n, OrgKind.UNIT, department.savedId(), bureau.regionCode()));
        AppUser drafter =
                users.save("webapp-d-" + n, "矩阵编制", "{noop}unused", unit.savedId(), Set.of(Role.DRAFTER), false);
        TargetTable seed = SeedTables.of("004_f47e421262983de5.txt").get(0);
        TargetTable content = new TargetTable(
                "13031121WM" + n.toUpperCase(),
                seed.projectName(),
                seed.unitCode(),
                seed.unitName(),
                seed.fiscalYear(),
                seed.budget(),
                seed.fiscalFunds(),
                seed.otherFunds(),
                seed.fundPurpose(),
                seed.plan(),
                seed.goals(),
                seed.indicators());
        long id = approvals.create(drafter, content).tableId();
        approvals.submit(drafter, id);
        return taskService
                .createTaskQuery()
                .processVariableValueEquals(ApprovalVariables.TABLE_ID, id)
                .singleResult();
    }

    /** A browser's session with the webapps: the CSRF cookie, the login, then calls with the token. */
    private final class WebappSession {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        void login(String user, String password) throws Exception {
            send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/"))
                    .GET()
                    .build());
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/cockpit"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .header("X-XSRF-TOKEN", token())
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build());
        }

        HttpResponse<String> call(ApiCall call) throws Exception {
            HttpRequest.BodyPublisher body = call.body().isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(call.body());
            return send(HttpRequest.newBuilder(uri(API + call.path()))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("X-XSRF-TOKEN", token())
                    .method(call.method(), body)
                    .build());
        }

        private String token() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse("");
        }

        private HttpResponse<String> send(HttpRequest request) throws Exception {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
