package cn.perftarget.bpmn;

/**
 * Names of the process variables of {@code target-approval}. Who sets which, and when, is in
 * {@code bpmn/README.md}; the values of the decision variables are the enums of this package.
 */
public final class ApprovalVariables {

    // --- set by the service when it starts the process ---
    /** Long: id of the target table. */
    public static final String TABLE_ID = "tableId";
    /** Long: id of the submitted (frozen) revision; refreshed by the service on every resubmission. */
    public static final String REVISION_ID = "revisionId";
    /** String: 单位编码, e.g. "442001"; used in the candidate group of the drafter's tasks. */
    public static final String UNIT_CODE = "unitCode";
    /** String: 主管部门编码, e.g. "442"; candidate group of the department review and DMN input. */
    public static final String DEPARTMENT_CODE = "departmentCode";
    /** Integer: 年度. */
    public static final String FISCAL_YEAR = "fiscalYear";
    /** String: user id of the drafter who submitted. */
    public static final String DRAFTER = "drafter";
    /** Boolean: true when the round is an adjustment (调整) of an approved table. */
    public static final String ADJUSTMENT = "adjustment";
    /** String: the reason the unit gave for an adjustment. */
    public static final String ADJUSTMENT_REASON = "adjustmentReason";
    /** Boolean: region setting; true sends a resubmission after 中 through the department again. */
    public static final String RESUBMIT_VIA_DEPARTMENT = "resubmitViaDepartment";

    // --- set by the service at the start and with every task completion (timers) ---
    /** java.util.Date or ISO-8601 String: due date of the next review task and its reminder timer. */
    public static final String REVIEW_DUE = "reviewDue";
    /** java.util.Date or ISO-8601 String: when an unfinished review is escalated to the lead. */
    public static final String ESCALATION_DUE = "escalationDue";

    // --- set by the service when it completes a task (decision variables) ---
    /** String, {@link DepartmentDecision}: completes {@link TargetApprovalProcess#DEPARTMENT_REVIEW}. */
    public static final String DEPARTMENT_DECISION = "departmentDecision";
    /** String, {@link Grade}: completes {@link TargetApprovalProcess#FISCAL_REVIEW}. */
    public static final String GRADE = "grade";
    /** String, {@link Confirmation}: completes {@link TargetApprovalProcess#UNIT_CONFIRMATION}. */
    public static final String CONFIRMATION = "confirmation";

    // --- set by the process itself (read only for the service) ---
    /**
     * String: the code of the fiscal section that reviews the table, set by the service task
     * {@link TargetApprovalProcess#ROUTE_TO_FISCAL_SECTION} from the organisation (the section responsible for the
     * department); the service changes it when the 系统管理员 gives the department to another section.
     */
    public static final String FISCAL_SECTION = "fiscalSection";
    /** String, {@link ReturnedBy}: who last sent the table back to the unit. */
    public static final String RETURNED_BY = "returnedBy";

    // --- local input parameters of the reminder and escalation service tasks ---
    /** String: task definition key of the review task that is due. */
    public static final String REVIEW_TASK = "reviewTask";
    /** String: candidate group of that review task. */
    public static final String REVIEW_GROUP = "reviewGroup";

    private ApprovalVariables() {}
}
