package cn.perftarget.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.office.write.TableDocuments;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.ui.review.Tables;
import cn.perftarget.workflow.access.AccessPolicy;
import cn.perftarget.workflow.access.Grant;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.apiclient.ApiClients;
import cn.perftarget.workflow.apiclient.TokenHash;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.process.ProcessStep;
import cn.perftarget.workflow.read.TableReadService;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix over HTTP: every endpoint of {@code /api/v1} (found in Spring's handler mapping, not
 * listed by hand; an endpoint without {@link ApiAction} fails) × the nine kinds of user, each with a bearer token, in
 * the scope of the tables (unit 442001, department 442, section F-QHD-1) and out of it (唐山路南). Reads are called in
 * every case and must answer exactly as the access policy says (a list: the table or task in it or not); writes are
 * called in every case the policy refuses and must be refused (403/404) with nothing changed — the cases it allows
 * change tables and are driven, stage by stage, by {@code ApiRoundHttpTest} and the service-level
 * {@code AuthorizationMatrixTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiEndpointMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApiClients clients;

    @Autowired
    ApprovalService approvals;

    @Autowired
    TableReadService reads;

    @Autowired
    UserRepository users;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    JdbcTemplate jdbc;

    private record Principal(String kind, Role role, String in, String out) {}

    private record Endpoint(RequestMethod method, String pattern, ApiAction action) {

        @Nullable
        ProcessStep step() {
            return switch (action.value()) {
                case CLAIM, UNCLAIM, TRANSFER, PASS, RETURN_TO_UNIT, ACCEPT, DISPUTE -> ProcessStep.DEPARTMENT_REVIEW;
                case GRADE -> ProcessStep.FISCAL_REVIEW;
                default -> null;
            };
        }

        boolean writes() {
            return method != RequestMethod.GET
                    && action.value() != ServiceAction.READ_FINDINGS
                    && action.value() != ServiceAction.PREVIEW_IMPORT;
        }

        String name() {
            return method + " " + pattern;
        }
    }

    private final AtomicInteger cases = new AtomicInteger();
    private final AtomicInteger leaks = new AtomicInteger();
    private final Map<String, ApiClient> tokens = new LinkedHashMap<>();
    private long atDepartment;
    private long atFiscal;
    private String departmentTask = "";
    private String fiscalTask = "";
    private long revision;

    @TestFactory
    Stream<DynamicTest> everyEndpointAsEveryKindOfUserInAndOutOfScope() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("the endpoints of /api/v1").hasSizeGreaterThanOrEqualTo(30);
        fixtures();
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints) {
            for (Principal p : principals()) {
                for (boolean inScope : new boolean[] {true, false}) {
                    boolean allowed = expected(e, p.role(), inScope);
                    if (allowed && e.writes()) {
                        continue; // driven stage by stage elsewhere (see the class comment)
                    }
                    String username = inScope ? p.in() : p.out();
                    tests.add(DynamicTest.dynamicTest(
                            "%s %s scope (%s) · %s → %s"
                                    .formatted(
                                            p.kind(),
                                            inScope ? "IN" : "OUT",
                                            username,
                                            e.name(),
                                            allowed ? "allowed" : "refused"),
                            () -> check(e, username, allowed)));
                }
            }
        }
        return tests.stream();
    }

    @AfterAll
    void report() {
        System.out.printf("API authorization matrix: %d cases, %d leaks%n", cases.get(), leaks.get());
    }

    /** Every handler of /api/v1, each with its declared action. */
    private List<Endpoint> endpoints() {
        List<Endpoint> list = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m :
                mappings.getHandlerMethods().entrySet()) {
            for (String pattern : m.getKey().getPatternValues()) {
                if (!pattern.startsWith(ApiPaths.V1)) {
                    continue;
                }
                ApiAction action = m.getValue().getMethodAnnotation(ApiAction.class);
                assertThat(action)
                        .as("%s declares its service action with @ApiAction", m.getValue())
                        .isNotNull();
                for (RequestMethod method : m.getKey().getMethodsCondition().getMethods()) {
                    list.add(new Endpoint(method, pattern, action));
                }
            }
        }
        return list;
    }

    private static boolean expected(Endpoint e, Role role, boolean inScope) {
        Grant grant = AccessPolicy.grant(e.action().value());
        if (!grant.roles().contains(role)) {
            return false;
        }
        ProcessStep step = e.step();
        if (step != null && AccessPolicy.roleOfStep(step).filter(role::equals).isEmpty()) {
            return false;
        }
        return !grant.reach().scoped() || inScope;
    }

    private void check(Endpoint e, String username, boolean allowed) throws Exception {
        cases.incrementAndGet();
        List<Map<String, Object>> before = state();
        HttpResponse<byte[]> response = call(e, token(username));
        String body = new String(response.body(), StandardCharsets.UTF_8);
        boolean went;
        assertThat(response.statusCode()).as("%s: %s", e.name(), body).isNotIn(401, 500);
        boolean refused = response.statusCode() == 403
                || (response.statusCode() == 404 && body.contains("\"code\":\"not_found\""));
        if (e.action().list() && !refused) {
            // a list the user may read answers with the table (or task, or organisation) in it or not
            assertThat(response.statusCode()).as(body).isEqualTo(200);
            went = listed(e, ApiClient.json(response));
        } else {
            went = !refused;
        }
        if (went && !allowed) {
            leaks.incrementAndGet();
        }
        assertThat(went)
                .as("%s as %s: %s %s", e.name(), username, response.statusCode(), body)
                .isEqualTo(allowed);
        if (!went) {
            assertThat(state()).as("a refusal changes nothing").isEqualTo(before);
        }
    }

    private boolean listed(Endpoint e, JsonNode json) {
        if (e.pattern().endsWith("/organisations/departments")) {
            return json.toString().contains("\"code\":\"442\"");
        }
        if (e.pattern().endsWith("/organisations/units")) {
            return json.toString().contains("\"code\":\"442001\"");
        }
        if (e.pattern().endsWith("/tasks")) {
            return json.get("items").toString().contains(departmentTask);
        }
        return json.get("items").toString().contains("\"id\":" + atDepartment + ",");
    }

    private HttpResponse<byte[]> call(Endpoint e, ApiClient client) throws Exception {
        String task = e.step() == ProcessStep.FISCAL_REVIEW ? fiscalTask : departmentTask;
        String path = e.pattern()
                .replace("{id}", String.valueOf(atDepartment))
                .replace("{taskId}", task)
                .replace("{revisionId}", String.valueOf(revision))
                .replace("{code}", "442")
                .replace("{year}", "2020");
        String code = reads.table(user("bianzhi"), atDepartment).content().projectCode();
        return switch (e.method()) {
            case GET ->
                client.get(path
                        + switch (e.pattern().substring(e.pattern().lastIndexOf('/') + 1)) {
                            case "tables" -> "?limit=500&q=" + code;
                            case "tasks" -> "?tab=OPEN&limit=500";
                            case "diff" -> "?from=" + revision + "&to=" + revision;
                            case "export" -> "?format=docx";
                            case "publication" -> "?fiscal_year=2020&format=docx";
                            default -> "";
                        });
            case PUT ->
                client.put(
                        path,
                        TableContentJson.of(Tables.clean("矩阵修改")),
                        Map.of(
                                "If-Match",
                                "\""
                                        + reads.table(user("bianzhi"), atDepartment)
                                                .version() + "\""));
            case POST -> {
                if (e.pattern().endsWith("/import") || e.pattern().endsWith("/documents")) {
                    yield client.upload(
                            path,
                            "matrix.docx",
                            TableDocuments.docx(Tables.clean("矩阵导入"), 1),
                            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                }
                Object body = switch (e.pattern().substring(e.pattern().lastIndexOf('/') + 1)) {
                    case "tables", "findings" -> TableContentJson.of(Tables.clean("矩阵新建"));
                    case "import-text" -> Map.of("text", "项目名称：矩阵");
                    case "reopen" -> Map.of("reason", "矩阵");
                    case "transfer" -> Map.of("to", "bumen2", "comment", "矩阵");
                    case "grade" -> Map.of("grade", "EXCELLENT");
                    case "budget-projects" ->
                        Map.of(
                                "fiscal_year",
                                2020,
                                "projects",
                                List.of(Map.of(
                                        "pro_code", "MATRIX-BP-1",
                                        "pro_name", "矩阵预算项目",
                                        "agency_code", "442001",
                                        "amount", 12.5)));
                    default -> Map.of("comment", "矩阵");
                };
                yield client.post(path, body);
            }
            default -> throw new AssertionError("no request for " + e.name());
        };
    }

    /** Status and number of audit entries of the fixture tables, and their tasks' assignees. */
    private List<Map<String, Object>> state() {
        return jdbc.queryForList(
                "select t.id, t.status, t.version, (select count(*) from audit_entry a where a.table_id = t.id) as entries"
                        + " , (select r.assignee_ from act_ru_task r where r.proc_inst_id_ = t.process_instance_id) as assignee"
                        + " from target_table t where t.id in (?, ?) order by t.id",
                atDepartment,
                atFiscal);
    }

    private void fixtures() {
        AppUser drafter = user("bianzhi");
        AppUser reviewer = user("bumen");
        atDepartment = approvals.create(drafter, Tables.clean("矩阵部门审核")).tableId();
        approvals.submit(drafter, atDepartment);
        departmentTask = reads.waitingTask(drafter, atDepartment).orElseThrow().id();
        revision = reads.revisions(drafter, atDepartment).get(0).id();
        atFiscal = approvals.create(drafter, Tables.clean("矩阵财政审核")).tableId();
        approvals.submit(drafter, atFiscal);
        String task = reads.waitingTask(drafter, atFiscal).orElseThrow().id();
        approvals.claim(reviewer, task);
        approvals.pass(reviewer, task, null);
        fiscalTask = reads.waitingTask(drafter, atFiscal).orElseThrow().id();
    }

    private AppUser user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private ApiClient token(String username) {
        return tokens.computeIfAbsent(username, name -> {
            AppUser u = user(name);
            if (AccessPolicy.mayAttempt(u, ServiceAction.PERSONAL_TOKEN)) {
                return new ApiClient(
                        port, clients.issuePersonal(u, Duration.ofDays(1)).token());
            }
            // administrators get no personal token from the service: one made here, to prove the policy refuses them
            String token = TokenHash.PREFIX + "matrix-" + UUID.randomUUID();
            jdbc.update(
                    "insert into api_token (token_hash, user_id, created_by, expires_at)"
                            + " values (?, ?, 'matrix', now() + interval '1 day')",
                    TokenHash.sha256(token),
                    u.id());
            return new ApiClient(port, token);
        });
    }

    private List<Principal> principals() {
        List<Principal> list = new ArrayList<>();
        list.add(new Principal("DRAFTER", Role.DRAFTER, "bianzhi", "lunan"));
        list.add(new Principal("DEPT_REVIEWER", Role.DEPT_REVIEWER, "bumen", "bumen-ln"));
        list.add(new Principal("FISCAL_REVIEWER", Role.FISCAL_REVIEWER, "caizheng", "caizheng-ln"));
        list.add(new Principal(
                "SECTION_LEAD",
                Role.FISCAL_REVIEWER,
                "caizhenglead",
                outOfScope("F-TSLN-1", Role.FISCAL_REVIEWER, true)));
        list.add(new Principal("AUDITOR", Role.AUDITOR, "shenji", outOfScope("F-TSLN", Role.AUDITOR, false)));
        for (Role admin : Set.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN, Role.OPERATOR)) {
            String in = switch (admin) {
                case SYSTEM_ADMIN -> "admin";
                case SECURITY_ADMIN -> "anquan";
                case AUDIT_ADMIN -> "shenjiguan";
                default -> "yunwei";
            };
            list.add(new Principal(admin.name(), admin, in, outOfScope("F-TSLN", admin, false)));
        }
        return list;
    }

    private String outOfScope(String organisationCode, Role role, boolean lead) {
        String username = "apimatrix-" + role.name().toLowerCase() + (lead ? "-lead" : "");
        if (users.findByUsername(username).isEmpty()) {
            long org = organisations.findByCode(organisationCode).orElseThrow().savedId();
            users.save(username, "API矩阵用户", "{noop}unused", org, Set.of(role), lead);
        }
        return username;
    }
}
