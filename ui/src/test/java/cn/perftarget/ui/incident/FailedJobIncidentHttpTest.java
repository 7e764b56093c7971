package cn.perftarget.ui.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.domain.account.DemoCodes;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.table.SeedTables;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.notification.Notification;
import cn.perftarget.workflow.notification.NotificationKind;
import cn.perftarget.workflow.notification.UserNotifications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A review timer whose delegate fails on bad data — the round's business key, which names its table, damaged behind
 * the application's back — is retried by the engine until its retries are used up and becomes an incident: every
 * operator gets one in-app notification of it (a second report of the same incident is refused by the database),
 * {@code /actuator/health} lists it under {@code incidents}, and the operator's retry through the webapps' REST API
 * (what Cockpit calls) is written to the security log. Once the data is repaired the retried job runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailedJobIncidentHttpTest {

    private static final String API = "/camunda/api/engine/engine/default";

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

    @Autowired
    ManagementService managementService;

    @Autowired
    UserNotifications notifications;

    @Autowired
    HealthEndpoint healthEndpoint;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngine processEngine;

    private @Nullable ProcessEngine displaced;
    private @Nullable ProcessEngine displacedStatic;

    /** The webapps serve the engine registered under its name: this context's (see WebappApiMatrixTest). */
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

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aFailingTimerBecomesAnIncidentTheOperatorsAreToldAndARetryIsAudited() throws Exception {
        long tableId = submittedTableOfItsOwnDepartment();
        Task review = taskService
                .createTaskQuery()
                .processVariableValueEquals(ApprovalVariables.TABLE_ID, tableId)
                .singleResult();
        String pid = review.getProcessInstanceId();
        // bad data: the round's business key no longer names a table (the reminder cannot find what to remind of)
        jdbc.update("update act_ru_execution set business_key_ = 'damaged' where id_ = ?", pid);

        ClockUtil.setCurrentTime(new Date(review.getDueDate().getTime() + 60_000));
        Job reminder = managementService
                .createJobQuery()
                .processInstanceId(pid)
                .timers()
                .executable()
                .singleResult();
        assertThat(reminder.getRetries()).isEqualTo(3);
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(reminder.getId()))
                    .as("attempt %d fails", attempt)
                    .isInstanceOf(RuntimeException.class);
        }
        assertThat(managementService
                        .createJobQuery()
                        .jobId(reminder.getId())
                        .singleResult()
                        .getRetries())
                .isZero();
        Incident incident =
                runtimeService.createIncidentQuery().processInstanceId(pid).singleResult();
        assertThat(incident).as("the job became an incident").isNotNull();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);

        // every operator is told, once
        List<AppUser> operators = users.findAll().stream()
                .filter(u -> u.roles().contains(Role.OPERATOR) && u.enabled())
                .toList();
        assertThat(operators).extracting(AppUser::username).contains("yunwei");
        for (AppUser operator : operators) {
            List<Notification> told = about(operator, incident.getId());
            assertThat(told).as(operator.username()).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.INCIDENT);
                assertThat(n.tableId()).as("the business key names no table").isNull();
                assertThat(TranslationProvider.BUNDLES.render(n.message(), TranslationProvider.CHINESE))
                        .contains("重试次数已用完")
                        .contains("departmentReviewDue")
                        .contains(pid)
                        .contains("damaged");
                assertThat(TranslationProvider.BUNDLES.render(n.message(), TranslationProvider.ENGLISH))
                        .contains("no retries left");
            });
        }
        assertThat(notifications.latest(users.findByUsername("bumen").orElseThrow(), 100))
                .noneMatch(n -> n.kind() == NotificationKind.INCIDENT);
        assertThatThrownBy(() -> jdbc.update("""
                        insert into notification (recipient, kind, message, incident_id, created_at)
                        values ('yunwei', 'INCIDENT', 'another node reports it again', ?, now())""", incident.getId()))
                .as("a second report of the same incident (another node) is refused")
                .isInstanceOf(DuplicateKeyException.class);

        // health lists it
        JsonNode incidents = new ObjectMapper()
                .valueToTree(healthEndpoint.health())
                .path("components")
                .path("incidents");
        assertThat(incidents.path("status").asText()).isEqualTo("UP");
        assertThat(incidents.path("details").path("open").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(incidents.path("details").path("newest").toString())
                .contains(incident.getId())
                .contains(pid);

        // the operator retries it from Cockpit (the webapps' REST API): allowed, and in the security log
        long logBefore = operatorActions("yunwei");
        WebappSession cockpit = new WebappSession();
        cockpit.login("yunwei", "demo123" + DemoCodes.next("yunwei"));
        HttpResponse<String> retried =
                cockpit.send("PUT", API + "/job/" + reminder.getId() + "/retries", "{\"retries\":1}");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);
        assertThat(managementService
                        .createJobQuery()
                        .jobId(reminder.getId())
                        .singleResult()
                        .getRetries())
                .isEqualTo(1);
        assertThat(runtimeService
                        .createIncidentQuery()
                        .incidentId(incident.getId())
                        .count())
                .as("the retry resolves the incident")
                .isZero();
        List<Map<String, Object>> logged = jdbc.queryForList("""
                select subject, outcome, details from security_event
                where type = 'OPERATOR_ACTION' and subject = 'yunwei' order by seq desc limit 1""");
        assertThat(operatorActions("yunwei")).isEqualTo(logBefore + 1);
        assertThat(logged.get(0).get("outcome")).isEqualTo("SUCCESS");
        assertThat(logged.get(0).get("details")).isEqualTo("SetJobRetriesCmd");

        // the data repaired, the retried job runs: the reminder is in the table's history
        jdbc.update("update act_ru_execution set business_key_ = ? where id_ = ?", String.valueOf(tableId), pid);
        managementService.executeJob(reminder.getId());
        assertThat(jdbc.queryForObject(
                        "select action from audit_entry where table_id = ? order by seq desc limit 1",
                        String.class,
                        tableId))
                .isEqualTo(AuditAction.REMIND.name());
    }

    private long operatorActions(String username) {
        Long n = jdbc.queryForObject(
                "select count(*) from security_event where type = 'OPERATOR_ACTION' and subject = ?",
                Long.class,
                username);
        return n == null ? 0 : n;
    }

    private List<Notification> about(AppUser user, String incidentId) {
        return notifications.latest(user, 100).stream()
                .filter(n -> n.kind() == NotificationKind.INCIDENT)
                .filter(n -> TranslationProvider.BUNDLES
                        .render(n.message(), TranslationProvider.CHINESE)
                        .contains(incidentId))
                .toList();
    }

    /** A table of a department of its own, submitted: its round waits at the department review with its timers. */
    private long submittedTableOfItsOwnDepartment() {
        String n = UUID.randomUUID().toString().substring(0, 6);
        Organisation bureau = organisations.findByCode("F-QHD").orElseThrow();
        Organisation department = organisations.save(new Organisation(
                null, "ID" + n, "事件部门" + n, OrgKind.DEPARTMENT, bureau.savedId(), bureau.regionCode()));
        Organisation unit = organisations.save(new Organisation(
                null, "ID" + n + "001", "事件单位" + n, OrgKind.UNIT, department.savedId(), bureau.regionCode()));
        AppUser drafter =
                users.save("incident-d-" + n, "事件编制", "{noop}unused", unit.savedId(), Set.of(Role.DRAFTER), false);
        TargetTable seed = SeedTables.of("004_f47e421262983de5.txt").get(0);
        TargetTable content = new TargetTable(
                "13031121IN" + n.toUpperCase(),
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
        return id;
    }

    /** A browser's session with the webapps: the CSRF cookie, the login, then calls with the token. */
    private final class WebappSession {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        void login(String user, String password) throws Exception {
            client.send(
                    HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> login = client.send(
                    HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/cockpit"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "application/json")
                            .header("X-XSRF-TOKEN", token())
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        }

        HttpResponse<String> send(String method, String path, String body) throws Exception {
            // the webapps' CSRF filter hands the session's token out on a read, in a header and a cookie
            HttpResponse<String> read = client.send(
                    HttpRequest.newBuilder(uri(API + "/job/count"))
                            .header("Accept", "application/json")
                            .header("X-XSRF-TOKEN", "Fetch")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            read.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> fetched = t);
            return client.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("X-XSRF-TOKEN", token())
                            .method(method, HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private @Nullable String fetched;

        private String token() {
            if (fetched != null) {
                return fetched;
            }
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .reduce((first, second) -> second)
                    .orElse("");
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
