package cn.perftarget.workflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.office.SheetReader;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.office.lists.ListWorkbook;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.security.SecurityLogFilter;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.account.AccountAdministration;
import cn.perftarget.workflow.account.Passwords;
import cn.perftarget.workflow.admin.AccountForm;
import cn.perftarget.workflow.admin.OrganisationAdministration;
import cn.perftarget.workflow.admin.OrganisationForm;
import cn.perftarget.workflow.admin.OrganisationImport;
import cn.perftarget.workflow.admin.UserAdministration;
import cn.perftarget.workflow.admin.UserImport;
import cn.perftarget.workflow.admin.UserSearch;
import cn.perftarget.workflow.admin.settings.CalendarAdministration;
import cn.perftarget.workflow.admin.settings.FrameworkAdministration;
import cn.perftarget.workflow.admin.settings.ImpactProgress;
import cn.perftarget.workflow.admin.settings.RuleSettingsAdministration;
import cn.perftarget.workflow.admin.settings.WorkflowSettingsAdministration;
import cn.perftarget.workflow.apiclient.ApiClients;
import cn.perftarget.workflow.department.DepartmentTargetsService;
import cn.perftarget.workflow.department.PublicationFormat;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.export.ExportFormat;
import cn.perftarget.workflow.export.TableExports;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;
import cn.perftarget.workflow.overview.BudgetProjects;
import cn.perftarget.workflow.overview.OverviewService;
import cn.perftarget.workflow.overview.Urges;
import cn.perftarget.workflow.process.ProcessStep;
import cn.perftarget.workflow.round.BudgetRounds;
import cn.perftarget.workflow.round.RoundForm;
import cn.perftarget.workflow.security.SecurityLogReading;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The authorization matrix (权限矩阵), generated from the {@link AccessPolicy}: every kind of user (the nine of
 * {@link Principal}) × the table in their scope and out of it × every {@link ServiceAction} (the review actions at each
 * step they apply to). Each case builds the situation the action needs through the service, lets the user try it, and
 * expects exactly what the policy says: allowed, or refused ({@link NotFoundException} / {@link NotAllowedException},
 * or — for a list — the table absent from it) with nothing changed. A refusal the policy does not expect fails the case
 * as much as a leak (an action allowed that the policy refuses).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends WorkflowTestSupport {

    private static final String TEMPORARY_PASSWORD = "Temp-Passw0rd-2026x";

    /** The kinds of user the matrix tries: each role, and the fiscal section's lead (科室负责人). */
    enum Principal {
        DRAFTER(Role.DRAFTER),
        DEPT_REVIEWER(Role.DEPT_REVIEWER),
        FISCAL_REVIEWER(Role.FISCAL_REVIEWER),
        SECTION_LEAD(Role.FISCAL_REVIEWER),
        AUDITOR(Role.AUDITOR),
        SYSTEM_ADMIN(Role.SYSTEM_ADMIN),
        SECURITY_ADMIN(Role.SECURITY_ADMIN),
        AUDIT_ADMIN(Role.AUDIT_ADMIN),
        OPERATOR(Role.OPERATOR);

        final Role role;

        Principal(Role role) {
            this.role = role;
        }
    }

    enum Scope {
        IN,
        OUT
    }

    /** Where the table of a case stands before the user tries the action. */
    enum Stage {
        NO_TABLE,
        SHARED,
        DRAFT,
        DEPARTMENT_REVIEW,
        DEPARTMENT_REVIEW_HELD,
        FISCAL_REVIEW,
        FISCAL_REVIEW_HELD,
        UNIT_CONFIRMATION,
        APPROVED
    }

    /** What the user does; true when it went through (for a list: the table is in it). */
    @FunctionalInterface
    interface Attempt {
        boolean run(AppUser user, Fixture fixture) throws Exception;
    }

    /** One action as the matrix tries it: at a step for the review actions. */
    record ActionCase(ServiceAction action, @Nullable ProcessStep step, Stage stage, Attempt attempt) {

        String name() {
            return step == null ? action.name() : action.name() + "@" + step.name();
        }
    }

    /** The table of a case (0 when it needs none), the colleague to transfer to, the account to administer. */
    record Fixture(long tableId, AppUser colleague, AppUser account) {}

    @Autowired
    private AccountAdministration administration;

    @Autowired
    private Passwords passwords;

    @Autowired
    private SecurityLogReading securityLog;

    @Autowired
    private TableExports tableExports;

    @Autowired
    private ApiClients apiClients;

    @Autowired
    private DepartmentTargetsService departmentParts;

    @Autowired
    private UserAdministration userAdministration;

    @Autowired
    private UserImport userImport;

    @Autowired
    private OrganisationAdministration organisationAdministration;

    @Autowired
    private OrganisationImport organisationImport;

    @Autowired
    private BudgetRounds budgetRounds;

    /** A budget round of the in-scope region (of 2099: no table of the matrix is of that year). */
    private long matrixRound;

    @Autowired
    private WorkflowSettingsAdministration workflowSettings;

    @Autowired
    private CalendarAdministration calendars;

    @Autowired
    private FrameworkAdministration frameworks;

    @Autowired
    private RuleSettingsAdministration ruleSettings;

    @Autowired
    private OverviewService overview;

    @Autowired
    private BudgetProjects budgetProjects;

    @Autowired
    private Urges urges;

    private final AtomicInteger created = new AtomicInteger();
    private Organisation matrixSection;
    private Organisation matrixDepartment;

    private final Map<Principal, Map<Scope, AppUser>> principals = new LinkedHashMap<>();
    private final Map<String, AppUser> colleagues = new LinkedHashMap<>();
    private final AtomicInteger accounts = new AtomicInteger();
    private final AtomicInteger leaks = new AtomicInteger();
    private final AtomicInteger cases = new AtomicInteger();
    private TestOrganisation inScope;
    private long sharedTable;
    private String pastedDocument;

    @TestFactory
    Stream<DynamicTest> everyRoleInAndOutOfScopeOnEveryAction() throws IOException {
        world();
        List<ActionCase> actions = actionCases();
        assertThat(actions.stream().map(ActionCase::action).distinct())
                .as("every action of the policy is in the matrix")
                .containsExactlyInAnyOrder(ServiceAction.values());
        List<DynamicTest> tests = new ArrayList<>();
        for (ActionCase action : actions) {
            for (Principal principal : Principal.values()) {
                for (Scope scope : Scope.values()) {
                    boolean allowed = expected(principal, scope, action);
                    String name = "%s %s scope · %s → %s"
                            .formatted(principal, scope, action.name(), allowed ? "allowed" : "refused");
                    tests.add(DynamicTest.dynamicTest(name, () -> check(principal, scope, action, allowed)));
                }
            }
        }
        return tests.stream();
    }

    @AfterAll
    void report() {
        System.out.printf("Authorization matrix: %d cases, %d leaks%n", cases.get(), leaks.get());
    }

    /** What the policy says: a role the action is granted to, at the step's role, in scope where the table counts. */
    static boolean expected(Principal principal, Scope scope, ActionCase c) {
        Grant grant = AccessPolicy.grant(c.action());
        if (!grant.roles().contains(principal.role)) {
            return false;
        }
        if (c.step() != null
                && AccessPolicy.roleOfStep(c.step())
                        .filter(principal.role::equals)
                        .isEmpty()) {
            return false;
        }
        return !grant.reach().scoped() || scope == Scope.IN;
    }

    private void check(Principal principal, Scope scope, ActionCase c, boolean allowed) throws Exception {
        cases.incrementAndGet();
        AppUser user = principals.get(principal).get(scope);
        Fixture fixture = fixture(c.stage(), user);
        State before = State.of(this, fixture.tableId());
        boolean went;
        try {
            went = c.attempt().run(user, fixture);
        } catch (NotFoundException | NotAllowedException refused) {
            went = false;
        }
        if (went && !allowed) {
            leaks.incrementAndGet();
        }
        assertThat(went)
                .as("%s (%s, %s scope) trying %s", user.username(), principal, scope, c.name())
                .isEqualTo(allowed);
        if (!went) {
            assertThat(State.of(this, fixture.tableId()))
                    .as("a refusal changes nothing")
                    .isEqualTo(before);
        }
    }

    /** Status, number of audit entries and the task's assignee of a table: what a refused action must leave alone. */
    record State(
            @Nullable TableStatus status,
            int auditEntries,
            @Nullable String assignee) {

        static State of(AuthorizationMatrixTest test, long tableId) {
            if (tableId == 0) {
                return new State(null, 0, null);
            }
            var task = test.task(tableId);
            return new State(
                    test.status(tableId),
                    test.auditLog.history(tableId).size(),
                    task == null ? null : task.getAssignee());
        }
    }

    // ---------------------------------------------------------------- the actions

    private List<ActionCase> actionCases() {
        List<ActionCase> list = new ArrayList<>();
        list.add(new ActionCase(ServiceAction.LIST_TABLES, null, Stage.SHARED, (u, f) -> {
            boolean listed = reader
                    .list(
                            u,
                            InboxFilter.NONE.withText(
                                    table(f.tableId()).content().projectCode()),
                            PageRequest.first(PageRequest.MAX_LIMIT, SortKey.PROJECT_CODE, false))
                    .rows()
                    .stream()
                    .anyMatch(r -> r.tableId() == f.tableId());
            boolean department = reader.departmentsInScope(u).stream()
                    .anyMatch(d -> Objects.equals(d.id(), inScope.department.id()));
            assertThat(department)
                    .as("the department in the filter iff its table in the list")
                    .isEqualTo(listed);
            return listed;
        }));
        list.add(new ActionCase(
                ServiceAction.LIST_OWN_UNIT_TABLES,
                null,
                Stage.SHARED,
                (u, f) ->
                        reader.unitTables(u, table(f.tableId()).fiscalYear(), 0, PageRequest.MAX_LIMIT).rows().stream()
                                .anyMatch(r -> r.tableId() == f.tableId())));
        list.add(read(ServiceAction.READ_TABLE, (u, f) -> reader.table(u, f.tableId()) != null));
        list.add(read(ServiceAction.READ_REVIEW, (u, f) -> reader.review(u, f.tableId()) != null));
        list.add(read(ServiceAction.READ_HISTORY, (u, f) -> reader.history(u, f.tableId()) != null));
        list.add(read(
                ServiceAction.READ_REVISIONS,
                (u, f) -> !reader.revisions(u, f.tableId()).isEmpty()));
        list.add(read(
                ServiceAction.READ_FINDINGS,
                (u, f) -> reader.findings(u, f.tableId(), table(f.tableId()).content()) != null));

        list.add(read(
                ServiceAction.EXPORT_TABLE,
                (u, f) ->
                        tableExports.current(u, f.tableId(), ExportFormat.DOCX).content().length > 0));
        list.add(read(
                ServiceAction.READ_DEPARTMENT_PART,
                (u, f) -> departmentParts.read(
                                u, inScope.department.code(), table(f.tableId()).fiscalYear())
                        != null));
        list.add(read(ServiceAction.SAVE_DEPARTMENT_PART, (u, f) -> {
            int year = table(f.tableId()).fiscalYear();
            var stored = departmentParts.read(inScope.reviewer1, inScope.department.code(), year);
            departmentParts.save(u, inScope.department.code(), year, stored.content(), stored.version());
            return true;
        }));
        list.add(read(
                ServiceAction.EXPORT_PUBLICATION,
                (u, f) -> departmentParts
                                .publication(
                                        u,
                                        inScope.department.code(),
                                        table(f.tableId()).fiscalYear(),
                                        PublicationFormat.DOCX)
                                .content()
                                .length
                        > 0));
        list.add(new ActionCase(
                ServiceAction.CREATE,
                null,
                Stage.NO_TABLE,
                (u, f) -> approvals.create(u, SeedContent.clean()).tableId() > 0));
        list.add(new ActionCase(
                ServiceAction.IMPORT,
                null,
                Stage.NO_TABLE,
                (u, f) -> approvals.importTables(u, pastedDocument, null) != null));
        list.add(new ActionCase(
                ServiceAction.PREVIEW_IMPORT,
                null,
                Stage.NO_TABLE,
                (u, f) -> approvals.previewImport(u, pastedDocument, null) != null));
        list.add(new ActionCase(ServiceAction.SAVE_DRAFT, null, Stage.DRAFT, (u, f) -> {
            var stored = table(f.tableId());
            approvals.saveDraft(
                    u, f.tableId(), stored.content().withGoals(stored.content().goals() + "。"), stored.version());
            return true;
        }));
        list.add(done(ServiceAction.SUBMIT, null, Stage.DRAFT, (u, f) -> approvals.submit(u, f.tableId())));
        list.add(done(
                ServiceAction.WITHDRAW, null, Stage.DEPARTMENT_REVIEW, (u, f) -> approvals.withdraw(u, f.tableId())));
        list.add(
                done(ServiceAction.REOPEN, null, Stage.APPROVED, (u, f) -> approvals.reopen(u, f.tableId(), "项目内容调整")));
        list.add(done(
                ServiceAction.ACCEPT,
                ProcessStep.UNIT_CONFIRMATION,
                Stage.UNIT_CONFIRMATION,
                (u, f) -> approvals.accept(u, taskId(f.tableId()))));
        list.add(done(
                ServiceAction.DISPUTE,
                ProcessStep.UNIT_CONFIRMATION,
                Stage.UNIT_CONFIRMATION,
                (u, f) -> approvals.dispute(u, taskId(f.tableId()), "不同意修改")));

        for (ProcessStep step : List.of(ProcessStep.DEPARTMENT_REVIEW, ProcessStep.FISCAL_REVIEW)) {
            boolean department = step == ProcessStep.DEPARTMENT_REVIEW;
            Stage waiting = department ? Stage.DEPARTMENT_REVIEW : Stage.FISCAL_REVIEW;
            Stage held = department ? Stage.DEPARTMENT_REVIEW_HELD : Stage.FISCAL_REVIEW_HELD;
            list.add(done(ServiceAction.CLAIM, step, waiting, (u, f) -> approvals.claim(u, taskId(f.tableId()))));
            list.add(done(ServiceAction.UNCLAIM, step, held, (u, f) -> approvals.unclaim(u, taskId(f.tableId()))));
            list.add(done(
                    ServiceAction.TRANSFER,
                    step,
                    waiting,
                    (u, f) -> approvals.transfer(
                            u, taskId(f.tableId()), f.colleague().username(), null)));
        }
        list.add(done(
                ServiceAction.PASS,
                ProcessStep.DEPARTMENT_REVIEW,
                Stage.DEPARTMENT_REVIEW,
                (u, f) -> approvals.pass(u, taskId(f.tableId()), null)));
        list.add(done(
                ServiceAction.RETURN_TO_UNIT,
                ProcessStep.DEPARTMENT_REVIEW,
                Stage.DEPARTMENT_REVIEW,
                (u, f) -> approvals.returnToUnit(u, taskId(f.tableId()), "请补充量化指标")));
        list.add(done(
                ServiceAction.GRADE,
                ProcessStep.FISCAL_REVIEW,
                Stage.FISCAL_REVIEW,
                (u, f) -> approvals.grade(u, taskId(f.tableId()), Grade.EXCELLENT, null, null)));

        list.add(done(
                ServiceAction.ENABLE_ACCOUNT,
                null,
                Stage.NO_TABLE,
                (u, f) -> administration.setEnabled(u, f.account().username(), false)));
        list.add(done(
                ServiceAction.MOVE_ACCOUNT,
                null,
                Stage.NO_TABLE,
                (u, f) -> administration.moveTo(u, f.account().username(), inScope.unit1.code())));
        list.add(new ActionCase(
                ServiceAction.READ_SECURITY_POLICY, null, Stage.NO_TABLE, (u, f) -> administration.policy(u) != null));
        list.add(new ActionCase(
                ServiceAction.LIST_LOCKED_ACCOUNTS,
                null,
                Stage.NO_TABLE,
                (u, f) -> administration.lockedAccounts(u) != null));
        list.add(done(
                ServiceAction.UNLOCK_ACCOUNT,
                null,
                Stage.NO_TABLE,
                (u, f) -> administration.unlock(u, f.account().username())));
        list.add(done(
                ServiceAction.CHANGE_ROLES,
                null,
                Stage.NO_TABLE,
                (u, f) -> administration.changeRoles(u, f.account().username(), Set.of(Role.AUDITOR))));
        list.add(done(
                ServiceAction.RESET_PASSWORD,
                null,
                Stage.NO_TABLE,
                (u, f) -> passwords.reset(u, f.account().username(), TEMPORARY_PASSWORD)));
        list.add(new ActionCase(
                ServiceAction.LIST_USERS,
                null,
                Stage.NO_TABLE,
                (u, f) ->
                        userAdministration
                                .list(u, new UserSearch(f.account().username(), null, null, null, null), 0, 50)
                                .stream()
                                .anyMatch(e ->
                                        e.user().username().equals(f.account().username()))));
        list.add(new ActionCase(
                ServiceAction.CREATE_USER,
                null,
                Stage.NO_TABLE,
                (u, f) -> userAdministration
                                .create(
                                        u,
                                        new AccountForm(
                                                fresh("mu"), "矩阵新用户", inScope.unit1.code(), Set.of(Role.DRAFTER)))
                                .initialPassword()
                                .length()
                        > 0));
        list.add(done(
                ServiceAction.EDIT_USER,
                null,
                Stage.NO_TABLE,
                (u, f) -> userAdministration.edit(
                        u,
                        f.account().username(),
                        new AccountForm("", "改名账号", inScope.unit1.code(), Set.of(Role.DRAFTER)))));
        list.add(new ActionCase(
                ServiceAction.IMPORT_USERS,
                null,
                Stage.NO_TABLE,
                (u, f) -> !userImport
                        .importUsers(
                                u,
                                "users.xlsx",
                                sheet(
                                        List.of("用户名", "姓名", "组织机构编码", "角色"),
                                        List.of(fresh("mi"), "导入用户", inScope.unit1.code(), "编制人")),
                                false)
                        .isEmpty()));
        list.add(new ActionCase(
                ServiceAction.LIST_ORGANISATIONS,
                null,
                Stage.NO_TABLE,
                (u, f) -> organisationAdministration.tree(u).stream()
                        .anyMatch(e -> e.code().equals(inScope.unit1.code()))));
        list.add(new ActionCase(
                ServiceAction.EDIT_ORGANISATION,
                null,
                Stage.NO_TABLE,
                (u, f) -> organisationAdministration
                                .create(
                                        u,
                                        new OrganisationForm(
                                                fresh("MU"), "矩阵新单位", OrgKind.UNIT, inScope.department.code()))
                                .id()
                        != null));
        list.add(new ActionCase(
                ServiceAction.IMPORT_ORGANISATIONS,
                null,
                Stage.NO_TABLE,
                (u, f) -> organisationImport.importOrganisations(
                                u,
                                "orgs.xlsx",
                                sheet(
                                        List.of("编码", "名称", "上级编码", "类别"),
                                        List.of(fresh("MI"), "导入单位", inScope.department.code(), "单位")),
                                false)
                        == 1));
        list.add(new ActionCase(ServiceAction.EXPORT_ORGANISATIONS, null, Stage.NO_TABLE, (u, f) -> {
            byte[] file = organisationImport.export(u, MessageBundles.CHINESE).content();
            return SheetReader.rows("orgs.xlsx", file, OfficeLimits.DEFAULTS, 10_000).stream()
                    .anyMatch(r -> r.cell(0).equals(inScope.unit1.code()));
        }));
        list.add(new ActionCase(
                ServiceAction.ASSIGN_SECTION,
                null,
                Stage.NO_TABLE,
                (u, f) -> organisationAdministration.assignSection(u, matrixDepartment.code(), matrixSection.code())
                        >= 0));
        list.add(new ActionCase(ServiceAction.MANAGE_ROUNDS, null, Stage.NO_TABLE, (u, f) -> {
            LocalDate deadline = LocalDate.of(2099, 10, 31).plusDays(accounts.incrementAndGet() % 20);
            return budgetRounds
                    .changeDeadlines(u, matrixRound, new RoundForm(null, deadline, deadline.plusDays(14), 3))
                    .submissionDeadline()
                    .equals(deadline);
        }));
        // the rounds of one's own region: nothing of another region is asked for, so "out of scope" reads its own
        list.add(new ActionCase(
                ServiceAction.READ_ROUNDS, null, Stage.NO_TABLE, (u, f) -> budgetRounds.list(u) != null));
        // the settings of the in-scope region, left as they are (the matrix's tables are validated with them)
        list.add(new ActionCase(
                ServiceAction.READ_REGION_SETTINGS,
                null,
                Stage.NO_TABLE,
                (u, f) -> workflowSettings.read(u, inScope.region) != null
                        && !ruleSettings.rules(u, inScope.region).isEmpty()
                        && calendars.read(u, inScope.region, 2031) != null
                        && !frameworks.years(u, inScope.region).isEmpty()));
        list.add(done(ServiceAction.SAVE_WORKFLOW_SETTINGS, null, Stage.NO_TABLE, (u, f) -> {
            var now = workflowSettings.read(inScopeAdmin(), inScope.region);
            workflowSettings.save(
                    u,
                    inScope.region,
                    now.resubmitViaDepartment(),
                    now.reviewWorkingDays(),
                    now.escalationWorkingDays());
        }));
        list.add(done(
                ServiceAction.SAVE_WORK_CALENDAR,
                null,
                Stage.NO_TABLE,
                (u, f) -> calendars.save(u, inScope.region, 2031, "2031-01-01 休 元旦")));
        list.add(done(
                ServiceAction.SAVE_FRAMEWORK_YEAR,
                null,
                Stage.NO_TABLE,
                (u, f) -> frameworks.save(u, inScope.region, 2031, "2021")));
        list.add(new ActionCase(
                ServiceAction.SAVE_RULE_SETTINGS,
                null,
                Stage.NO_TABLE,
                (u, f) -> ruleSettings
                                        .preview(u, inScope.region, Map.of(), ImpactProgress.NONE)
                                        .checked()
                                >= 0
                        && ruleSettings.save(u, inScope.region, Map.of()).checked() >= 0));
        list.add(new ActionCase(
                ServiceAction.READ_SECURITY_LOG,
                null,
                Stage.NO_TABLE,
                (u, f) -> securityLog.count(u, SecurityLogFilter.NONE) >= 0));
        list.add(new ActionCase(
                ServiceAction.MANAGE_API_CLIENTS,
                null,
                Stage.NO_TABLE,
                (u, f) -> !apiClients
                        .create(
                                u,
                                "matrix-client-" + accounts.incrementAndGet(),
                                Role.DRAFTER,
                                inScope.unit1.code(),
                                Duration.ofDays(30))
                        .token()
                        .isEmpty()));
        list.add(new ActionCase(
                ServiceAction.PERSONAL_TOKEN,
                null,
                Stage.NO_TABLE,
                (u, f) ->
                        !apiClients.issuePersonal(u, Duration.ofDays(1)).token().isEmpty()));
        // 总览: the in-scope unit's tables are in the figures; the budget list of the in-scope unit is stored; 催办
        list.add(read(
                ServiceAction.READ_OVERVIEW,
                (u, f) -> overview.figures(u, table(f.tableId()).fiscalYear()).units().stream()
                        .anyMatch(x ->
                                x.id() == inScope.unit1.savedId() && x.counts().total() > 0)));
        list.add(new ActionCase(ServiceAction.IMPORT_BUDGET_PROJECTS, null, Stage.NO_TABLE, (u, f) -> {
            String code = fresh("BP");
            try {
                budgetProjects.importProjects(
                        u,
                        2030,
                        "budget.xlsx",
                        sheet(
                                List.of("项目编码", "项目名称", "单位编码", "金额"),
                                List.of(code, "预算项目", inScope.unit1.code(), "12.50")),
                        false);
            } catch (InvalidInputException outsideScope) {
                return false;
            }
            return jdbc.queryForObject(
                            "select count(*) from budget_project where project_code = ? and unit_id = ?",
                            Integer.class,
                            code,
                            inScope.unit1.savedId())
                    == 1;
        }));
        list.add(new ActionCase(
                ServiceAction.URGE_UNIT,
                null,
                Stage.NO_TABLE,
                (u, f) -> urges.urgeUnit(u, inScope.unit1.code(), 2099)
                        .recipients()
                        .contains(inScope.drafter1.username())));
        list.add(done(ServiceAction.URGE_REVIEW, null, Stage.DEPARTMENT_REVIEW, (u, f) -> {
            String task = taskId(f.tableId());
            asTheService(() -> taskService.setDueDate(
                    task, java.util.Date.from(java.time.Instant.now().minus(Duration.ofDays(2)))));
            urges.urgeReview(u, f.tableId());
        }));
        return list;
    }

    /** The in-scope region's system administrator (who reads the settings the matrix saves unchanged). */
    private AppUser inScopeAdmin() {
        return principals.get(Principal.SYSTEM_ADMIN).get(Scope.IN);
    }

    private String fresh(String prefix) {
        return prefix + "-" + inScope.department.code() + "-" + created.incrementAndGet();
    }

    /** An Excel sheet of one row under a header row. */
    private static byte[] sheet(List<String> headers, List<String> row) {
        return ListWorkbook.xlsx("导入", headers, List.of(row));
    }

    private static ActionCase read(ServiceAction action, Attempt attempt) {
        return new ActionCase(action, null, Stage.SHARED, attempt);
    }

    /** An action that went through when it returned. */
    private static ActionCase done(
            ServiceAction action, @Nullable ProcessStep step, Stage stage, ThrowingAction attempt) {
        return new ActionCase(action, step, stage, (u, f) -> {
            attempt.run(u, f);
            return true;
        });
    }

    @FunctionalInterface
    interface ThrowingAction {
        void run(AppUser user, Fixture fixture) throws Exception;
    }

    // ---------------------------------------------------------------- the situations

    /** A fresh table at the stage, made by the in-scope users through the service (the shared one for reads). */
    private Fixture fixture(Stage stage, AppUser user) {
        AppUser drafter = inScope.drafter1;
        AppUser departmentReviewer = inScope.reviewer1;
        AppUser fiscal = inScope.fiscal;
        long id = switch (stage) {
            case NO_TABLE -> 0;
            case SHARED -> sharedTable;
            case DRAFT -> create(drafter, SeedContent.clean());
            case DEPARTMENT_REVIEW -> submitted(drafter);
            case DEPARTMENT_REVIEW_HELD -> held(submitted(drafter), user);
            case FISCAL_REVIEW -> atFiscalReview(drafter, departmentReviewer);
            case FISCAL_REVIEW_HELD -> held(atFiscalReview(drafter, departmentReviewer), user);
            case UNIT_CONFIRMATION -> {
                long t = atFiscalReview(drafter, departmentReviewer);
                TargetTable edited =
                        table(t).content().withGoals(table(t).content().goals() + "，设备完好率≥95%");
                approvals.grade(fiscal, taskId(t), Grade.GOOD, "补充了量化目标", edited);
                yield t;
            }
            case APPROVED -> {
                long t = atFiscalReview(drafter, departmentReviewer);
                approvals.grade(fiscal, taskId(t), Grade.EXCELLENT, null, null);
                yield t;
            }
        };
        return new Fixture(id, colleagues.getOrDefault(user.username(), inScope.reviewer2), account());
    }

    /** The task given to the user behind the service: a user holding a task they may not review must not keep it. */
    private long held(long tableId, AppUser user) {
        String task = taskId(tableId);
        asTheService(() -> taskService.setAssignee(task, user.username()));
        return tableId;
    }

    /** A fresh drafter account of the in-scope unit, for the administrators to work on. */
    private AppUser account() {
        return users.save(
                "acct-" + inScope.department.code() + "-" + accounts.incrementAndGet(),
                "被管理账号",
                "{noop}unused",
                inScope.unit2.id(),
                Set.of(Role.DRAFTER),
                false);
    }

    /**
     * Two regions: the in-scope one holds every table of the matrix; the other has a user of each kind too, and a
     * fiscal section of its own (responsible for its department only).
     */
    private void world() throws IOException {
        if (inScope != null) {
            return;
        }
        inScope = newOrganisation();
        TestOrganisation other = newOrganisation();
        Organisation otherSection = organisations.save(new Organisation(
                null,
                "F-OUT-" + other.department.code(),
                "其他财政科室",
                OrgKind.SECTION,
                other.department.parentId(),
                other.region));
        organisations.assignDepartment(otherSection.savedId(), other.department.savedId());
        // a section and a department of the in-scope region for 负责科室 (the matrix's department stays with F-DEFAULT)
        Organisation inBureau =
                organisations.findById(inScope.department.parentId()).orElseThrow();
        matrixSection = organisations.save(new Organisation(
                null, "F-IN-" + inScope.department.code(), "矩阵科室", OrgKind.SECTION, inBureau.id(), inScope.region));
        matrixDepartment = organisations.save(new Organisation(
                null, "D" + inScope.department.code(), "矩阵部门", OrgKind.DEPARTMENT, inBureau.id(), inScope.region));
        AppUser otherFiscal = person("fo", otherSection.id(), Role.FISCAL_REVIEWER, false);
        AppUser inLead = person("li", inScope.fiscal.organisation().id(), Role.FISCAL_REVIEWER, true);
        AppUser outLead = person("lo", otherSection.id(), Role.FISCAL_REVIEWER, true);
        principals.put(Principal.DRAFTER, Map.of(Scope.IN, inScope.drafter1, Scope.OUT, other.drafter1));
        principals.put(Principal.DEPT_REVIEWER, Map.of(Scope.IN, inScope.reviewer1, Scope.OUT, other.reviewer1));
        principals.put(Principal.FISCAL_REVIEWER, Map.of(Scope.IN, inScope.fiscal, Scope.OUT, otherFiscal));
        principals.put(Principal.SECTION_LEAD, Map.of(Scope.IN, inLead, Scope.OUT, outLead));
        for (Principal p : EnumSet.range(Principal.AUDITOR, Principal.OPERATOR)) {
            principals.put(
                    p,
                    Map.of(
                            Scope.IN, person("in" + p.ordinal(), inScope.department.parentId(), p.role, false),
                            Scope.OUT, person("out" + p.ordinal(), other.department.parentId(), p.role, false)));
        }
        // whom each reviewer would transfer a task to: a colleague of the same organisation and role
        colleagues.put(inScope.reviewer1.username(), inScope.reviewer2);
        colleagues.put(other.reviewer1.username(), other.reviewer2);
        colleagues.put(inScope.fiscal.username(), inLead);
        colleagues.put(inLead.username(), inScope.fiscal);
        colleagues.put(otherFiscal.username(), outLead);
        colleagues.put(outLead.username(), otherFiscal);

        matrixRound = budgetRounds
                .open(
                        principals.get(Principal.SYSTEM_ADMIN).get(Scope.IN),
                        new RoundForm(2099, LocalDate.of(2099, 10, 31), LocalDate.of(2099, 11, 14), 3))
                .id();

        // the lists come first in the matrix: the unit has only this table while they run
        sharedTable = submitted(inScope.drafter1);
        try (InputStream in = getClass().getResourceAsStream("/seeds/" + SeedContent.QHD)) {
            pastedDocument = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private AppUser person(String tag, @Nullable Long organisationId, Role role, boolean lead) {
        return users.save(
                "m" + tag + "-" + inScope.department.code(),
                "矩阵用户" + tag,
                "{noop}unused",
                organisationId,
                Set.of(role),
                lead);
    }
}
