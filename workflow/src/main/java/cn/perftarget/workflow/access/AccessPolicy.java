package cn.perftarget.workflow.access;

import static cn.perftarget.domain.user.Role.AUDITOR;
import static cn.perftarget.domain.user.Role.AUDIT_ADMIN;
import static cn.perftarget.domain.user.Role.DEPT_REVIEWER;
import static cn.perftarget.domain.user.Role.DRAFTER;
import static cn.perftarget.domain.user.Role.FISCAL_REVIEWER;
import static cn.perftarget.domain.user.Role.SECURITY_ADMIN;
import static cn.perftarget.domain.user.Role.SYSTEM_ADMIN;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.process.ProcessStep;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what (权限策略): the one place that says which roles may take each {@link ServiceAction}, and which
 * tables they reach with it. The services check the role here before anything else ({@link #require}); the reach is
 * enforced by the one scope check of each kind ({@link TableAccess} for tables, the task guard for review steps, whose
 * role comes from {@link #roleOfStep}). {@code AuthorizationMatrixTest} tries every role, in and out of scope, on
 * every action and expects exactly what this table says; {@code docs/security.md} shows it, generated from here.
 * <p>
 * Nobody holds an administrator role together with a table role (三员分立, {@code AccountAdministration}), so no
 * administrator reaches a table; operators (运维人员) work in the Camunda webapps only, where the engine guard lets
 * them retry jobs and resolve incidents and nothing else that changes a round.
 */
public final class AccessPolicy {

    private static final Set<Role> READERS = Set.of(DRAFTER, DEPT_REVIEWER, FISCAL_REVIEWER, AUDITOR);

    private static final Map<ServiceAction, Grant> GRANTS = new EnumMap<>(ServiceAction.class);

    static {
        grant(ServiceAction.LIST_OWN_UNIT_TABLES, Reach.DRAFTING_UNIT, Set.of(DRAFTER));
        for (ServiceAction read : new ServiceAction[] {
            ServiceAction.LIST_TABLES,
            ServiceAction.READ_TABLE,
            ServiceAction.READ_REVIEW,
            ServiceAction.READ_HISTORY,
            ServiceAction.READ_REVISIONS,
            ServiceAction.READ_FINDINGS,
            ServiceAction.EXPORT_TABLE
        }) {
            grant(read, Reach.VISIBLE, READERS);
        }
        grant(ServiceAction.CREATE, Reach.OWN_UNIT, Set.of(DRAFTER));
        grant(ServiceAction.IMPORT, Reach.OWN_UNIT, Set.of(DRAFTER));
        grant(ServiceAction.PREVIEW_IMPORT, Reach.OWN_UNIT, Set.of(DRAFTER));
        grant(ServiceAction.SAVE_DRAFT, Reach.DRAFTING_UNIT, Set.of(DRAFTER));
        grant(ServiceAction.SUBMIT, Reach.DRAFTING_UNIT, Set.of(DRAFTER));
        grant(ServiceAction.WITHDRAW, Reach.DRAFTING_UNIT, Set.of(DRAFTER));
        grant(ServiceAction.REOPEN, Reach.DRAFTING_UNIT, Set.of(DRAFTER));
        grant(ServiceAction.ACCEPT, Reach.DRAFTING_UNIT, Set.of(DRAFTER));
        grant(ServiceAction.DISPUTE, Reach.DRAFTING_UNIT, Set.of(DRAFTER));
        grant(ServiceAction.READ_DEPARTMENT_PART, Reach.DEPARTMENT, READERS);
        grant(ServiceAction.SAVE_DEPARTMENT_PART, Reach.OWN_DEPARTMENT, Set.of(DEPT_REVIEWER));
        grant(ServiceAction.EXPORT_PUBLICATION, Reach.DEPARTMENT, Set.of(DEPT_REVIEWER, FISCAL_REVIEWER, AUDITOR));
        grant(ServiceAction.CLAIM, Reach.STEP_REVIEWER, Set.of(DEPT_REVIEWER, FISCAL_REVIEWER));
        grant(ServiceAction.UNCLAIM, Reach.STEP_REVIEWER, Set.of(DEPT_REVIEWER, FISCAL_REVIEWER));
        grant(ServiceAction.TRANSFER, Reach.STEP_REVIEWER, Set.of(DEPT_REVIEWER, FISCAL_REVIEWER));
        grant(ServiceAction.PASS, Reach.STEP_REVIEWER, Set.of(DEPT_REVIEWER));
        grant(ServiceAction.RETURN_TO_UNIT, Reach.STEP_REVIEWER, Set.of(DEPT_REVIEWER));
        grant(ServiceAction.GRADE, Reach.STEP_REVIEWER, Set.of(FISCAL_REVIEWER));
        for (ServiceAction administration : new ServiceAction[] {
            ServiceAction.ENABLE_ACCOUNT,
            ServiceAction.MOVE_ACCOUNT,
            ServiceAction.LIST_USERS,
            ServiceAction.CREATE_USER,
            ServiceAction.EDIT_USER,
            ServiceAction.IMPORT_USERS,
            ServiceAction.LIST_ORGANISATIONS,
            ServiceAction.EDIT_ORGANISATION,
            ServiceAction.IMPORT_ORGANISATIONS,
            ServiceAction.EXPORT_ORGANISATIONS,
            ServiceAction.ASSIGN_SECTION,
            ServiceAction.READ_REGION_SETTINGS,
            ServiceAction.SAVE_WORKFLOW_SETTINGS,
            ServiceAction.SAVE_WORK_CALENDAR,
            ServiceAction.SAVE_FRAMEWORK_YEAR,
            ServiceAction.SAVE_RULE_SETTINGS
        }) {
            grant(administration, Reach.REGION, Set.of(SYSTEM_ADMIN));
        }
        // 预算编制轮次: managed by the region's 系统管理员, read by every table role and the administrator
        grant(ServiceAction.MANAGE_ROUNDS, Reach.REGION, Set.of(SYSTEM_ADMIN));
        grant(
                ServiceAction.READ_ROUNDS,
                Reach.OWN_REGION,
                Set.of(DRAFTER, DEPT_REVIEWER, FISCAL_REVIEWER, AUDITOR, SYSTEM_ADMIN));
        grant(ServiceAction.READ_SECURITY_POLICY, Reach.SYSTEM, Set.of(SECURITY_ADMIN));
        grant(ServiceAction.LIST_LOCKED_ACCOUNTS, Reach.SYSTEM, Set.of(SECURITY_ADMIN));
        grant(ServiceAction.UNLOCK_ACCOUNT, Reach.SYSTEM, Set.of(SECURITY_ADMIN));
        grant(ServiceAction.CHANGE_ROLES, Reach.SYSTEM, Set.of(SECURITY_ADMIN));
        // 重置密码: the 系统管理员 (users, issue 14) and the 安全管理员 (security), each within their region
        grant(ServiceAction.RESET_PASSWORD, Reach.REGION, Set.of(SYSTEM_ADMIN, SECURITY_ADMIN));
        grant(ServiceAction.READ_SECURITY_LOG, Reach.SYSTEM, Set.of(AUDIT_ADMIN));
        grant(ServiceAction.MANAGE_API_CLIENTS, Reach.SYSTEM, Set.of(SYSTEM_ADMIN));
        // a personal token acts under its holder's own scope; administrators sign in with a second factor only
        grant(ServiceAction.PERSONAL_TOKEN, Reach.SYSTEM, READERS);
        // 总览: the figures of the tables in scope (a department's units, a section's or the bureau's departments, the
        // region); the budget's project list of the units in scope; 催办 of a unit in scope, of an overdue review of
        // the drafter's own unit's table
        grant(ServiceAction.READ_OVERVIEW, Reach.VISIBLE, Set.of(DEPT_REVIEWER, FISCAL_REVIEWER, AUDITOR));
        grant(ServiceAction.IMPORT_BUDGET_PROJECTS, Reach.VISIBLE, Set.of(FISCAL_REVIEWER));
        grant(ServiceAction.URGE_UNIT, Reach.VISIBLE, Set.of(DEPT_REVIEWER, FISCAL_REVIEWER));
        grant(ServiceAction.URGE_REVIEW, Reach.DRAFTING_UNIT, Set.of(DRAFTER));
        for (ServiceAction action : ServiceAction.values()) {
            if (!GRANTS.containsKey(action)) {
                throw new ExceptionInInitializerError("no grant for " + action);
            }
        }
    }

    /** The role that handles each step of a round (the reach {@link Reach#STEP_REVIEWER} and the unit's steps). */
    private static final Map<ProcessStep, Role> STEP_ROLES = Map.of(
            ProcessStep.DEPARTMENT_REVIEW, DEPT_REVIEWER,
            ProcessStep.FISCAL_REVIEW, FISCAL_REVIEWER,
            ProcessStep.UNIT_CONFIRMATION, DRAFTER,
            ProcessStep.REVISE, DRAFTER);

    private AccessPolicy() {}

    private static void grant(ServiceAction action, Reach reach, Set<Role> roles) {
        GRANTS.put(action, new Grant(roles, reach));
    }

    public static Grant grant(ServiceAction action) {
        Grant grant = GRANTS.get(action);
        if (grant == null) {
            throw new IllegalStateException("no grant for " + action); // the static block checks every action
        }
        return grant;
    }

    /** The role a user must hold to handle the step, if a person handles it at all. */
    public static Optional<Role> roleOfStep(ProcessStep step) {
        return Optional.ofNullable(STEP_ROLES.get(step));
    }

    /** The user is enabled and holds one of the roles the action is granted to (its reach is checked where it acts). */
    public static boolean mayAttempt(AppUser user, ServiceAction action) {
        return user.enabled() && grant(action).roles().stream().anyMatch(user::has);
    }

    /**
     * Refuses a user who holds none of the roles the action is granted to, the way its reach answers: reading a table
     * ({@link Reach#VISIBLE}) like a table that does not exist ({@link NotFoundException#table()}); an action not
     * bound to a table ({@link Reach#OWN_UNIT}, {@link Reach#SYSTEM}) with {@link NotAllowedException}
     * ("您的角色无权…"). The drafter's and the reviewers' actions on a table ({@link Reach#DRAFTING_UNIT},
     * {@link Reach#STEP_REVIEWER}) and the department's ({@link Reach#DEPARTMENT}, {@link Reach#OWN_DEPARTMENT}) are refused
     * by their own check, which knows the table or department: "内容不存在或无权访问" when the
     * user cannot see it, and the reason (not the unit's drafter, not the step's role: {@link #roleOfStep}) when they
     * can. {@code AuthorizationMatrixTest} proves each answer agrees with this policy.
     */
    public static void require(AppUser user, ServiceAction action) {
        if (mayAttempt(user, action)) {
            return;
        }
        switch (grant(action).reach()) {
            case VISIBLE -> throw NotFoundException.table();
            case OWN_UNIT, SYSTEM, REGION, OWN_REGION -> throw NotAllowedException.of("error.access.role", action);
            case DRAFTING_UNIT, STEP_REVIEWER, DEPARTMENT, OWN_DEPARTMENT -> {
                // refused where the table or department is known: TableAccess.draftsFor,
                // TaskGuard.requireReviewerOfStep, DepartmentAccess
            }
        }
    }
}
