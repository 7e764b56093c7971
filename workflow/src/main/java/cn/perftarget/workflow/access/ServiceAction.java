package cn.perftarget.workflow.access;

import cn.perftarget.domain.i18n.Labelled;

/**
 * Everything the workflow services do for a person, as the {@link AccessPolicy} names it: each public method of
 * {@code ApprovalService}, {@code TableReadService}, {@code TableExports}, {@code DepartmentTargetsService}, {@code ApiClients}, {@code AccountAdministration}, {@code Passwords}, {@code UserAdministration},
 * {@code OrganisationAdministration}, {@code BudgetRounds}, the region settings ({@code admin.settings}),
 * {@code OverviewService}, {@code BudgetProjects}, {@code Urges} and
 * {@code SecurityLogReading} that acts for a user checks its action against the policy before anything else. The
 * name for people is in the workflow bundle ({@code action.*}).
 */
public enum ServiceAction implements Labelled {
    // 查阅: lists of tables and one table with what belongs to it (TableReadService)
    LIST_TABLES("action.LIST_TABLES"),
    LIST_OWN_UNIT_TABLES("action.LIST_OWN_UNIT_TABLES"),
    READ_TABLE("action.READ_TABLE"),
    READ_REVIEW("action.READ_REVIEW"),
    READ_HISTORY("action.READ_HISTORY"),
    READ_REVISIONS("action.READ_REVISIONS"),
    READ_FINDINGS("action.READ_FINDINGS"),
    EXPORT_TABLE("action.EXPORT_TABLE"),
    // 编制 (the drafter)
    CREATE("action.CREATE"),
    IMPORT("action.IMPORT"),
    PREVIEW_IMPORT("action.PREVIEW_IMPORT"),
    SAVE_DRAFT("action.SAVE_DRAFT"),
    SUBMIT("action.SUBMIT"),
    WITHDRAW("action.WITHDRAW"),
    REOPEN("action.REOPEN"),
    ACCEPT("action.ACCEPT"),
    DISPUTE("action.DISPUTE"),
    // 部门整体绩效目标 and the publication document (发布文档)
    READ_DEPARTMENT_PART("action.READ_DEPARTMENT_PART"),
    SAVE_DEPARTMENT_PART("action.SAVE_DEPARTMENT_PART"),
    EXPORT_PUBLICATION("action.EXPORT_PUBLICATION"),
    // 审核 (the reviewers)
    CLAIM("action.CLAIM"),
    UNCLAIM("action.UNCLAIM"),
    TRANSFER("action.TRANSFER"),
    PASS("action.PASS"),
    RETURN_TO_UNIT("action.RETURN_TO_UNIT"),
    GRADE("action.GRADE"),
    // 账号与安全 (the three administrators)
    ENABLE_ACCOUNT("action.ENABLE_ACCOUNT"),
    LIST_USERS("action.LIST_USERS"),
    CREATE_USER("action.CREATE_USER"),
    EDIT_USER("action.EDIT_USER"),
    IMPORT_USERS("action.IMPORT_USERS"),
    LIST_ORGANISATIONS("action.LIST_ORGANISATIONS"),
    EDIT_ORGANISATION("action.EDIT_ORGANISATION"),
    IMPORT_ORGANISATIONS("action.IMPORT_ORGANISATIONS"),
    EXPORT_ORGANISATIONS("action.EXPORT_ORGANISATIONS"),
    ASSIGN_SECTION("action.ASSIGN_SECTION"),
    MOVE_ACCOUNT("action.MOVE_ACCOUNT"),
    READ_SECURITY_POLICY("action.READ_SECURITY_POLICY"),
    LIST_LOCKED_ACCOUNTS("action.LIST_LOCKED_ACCOUNTS"),
    UNLOCK_ACCOUNT("action.UNLOCK_ACCOUNT"),
    CHANGE_ROLES("action.CHANGE_ROLES"),
    RESET_PASSWORD("action.RESET_PASSWORD"),
    READ_SECURITY_LOG("action.READ_SECURITY_LOG"),
    // 预算编制轮次: the 系统管理员 opens, changes and closes the rounds of the region; everyone with a table role reads them
    MANAGE_ROUNDS("action.MANAGE_ROUNDS"),
    READ_ROUNDS("action.READ_ROUNDS"),
    // 系统设置 of a region (the 系统管理员): 审核流程, 工作日历, 指标体系, 预审规则
    READ_REGION_SETTINGS("action.READ_REGION_SETTINGS"),
    SAVE_WORKFLOW_SETTINGS("action.SAVE_WORKFLOW_SETTINGS"),
    SAVE_WORK_CALENDAR("action.SAVE_WORK_CALENDAR"),
    SAVE_FRAMEWORK_YEAR("action.SAVE_FRAMEWORK_YEAR"),
    SAVE_RULE_SETTINGS("action.SAVE_RULE_SETTINGS"),
    // API 客户端 (the 系统管理员) and personal API tokens (people with a table role)
    MANAGE_API_CLIENTS("action.MANAGE_API_CLIENTS"),
    PERSONAL_TOKEN("action.PERSONAL_TOKEN"),
    // 总览 (the overview of a round), its budget project list (绩效目标全覆盖) and 催办 (urges)
    READ_OVERVIEW("action.READ_OVERVIEW"),
    IMPORT_BUDGET_PROJECTS("action.IMPORT_BUDGET_PROJECTS"),
    URGE_UNIT("action.URGE_UNIT"),
    URGE_REVIEW("action.URGE_REVIEW");

    private final String labelKey;

    ServiceAction(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
