package cn.perftarget.bpmn;

/**
 * Identifiers of the process {@code target-approval} (绩效目标表审批), one approval round of a target table.
 * The contract a service follows to drive it is written down in {@code bpmn/README.md}.
 */
public final class TargetApprovalProcess {

    /** Classpath location of the process model. */
    public static final String RESOURCE = "bpmn/target-approval.bpmn";

    public static final String PROCESS_KEY = "target-approval";

    /** User task 主管部门审核; complete with {@link ApprovalVariables#DEPARTMENT_DECISION}. */
    public static final String DEPARTMENT_REVIEW = "departmentReview";
    /** User task 财政审核; complete with {@link ApprovalVariables#GRADE}. */
    public static final String FISCAL_REVIEW = "fiscalReview";
    /** User task 单位确认 (after 良); complete with {@link ApprovalVariables#CONFIRMATION}. */
    public static final String UNIT_CONFIRMATION = "unitConfirmation";
    /** User task 编制修改; its completion is the resubmission. */
    public static final String REVISE = "revise";

    /** Message 撤回, caught on both review tasks (interrupting). */
    public static final String WITHDRAW_MESSAGE = "withdraw";

    /** End event 已批复. */
    public static final String APPROVED = "approved";
    /** End event 不予安排. */
    public static final String REJECTED = "rejected";

    /** Bean name of the {@code JavaDelegate} called when a review task is due (提醒). */
    public static final String REMINDER_BEAN = "reviewReminder";
    /** Bean name of the {@code JavaDelegate} called when a review task is overdue (上报负责人). */
    public static final String ESCALATION_BEAN = "reviewEscalation";

    /** Service task 确定财政审核科室: sets {@link ApprovalVariables#FISCAL_SECTION} before each first fiscal review. */
    public static final String ROUTE_TO_FISCAL_SECTION = "routeToFiscalSection";
    /**
     * Bean name of the {@code JavaDelegate} of {@link #ROUTE_TO_FISCAL_SECTION}: it sets the section the organisation
     * names as responsible for the department ({@link ApprovalVariables#DEPARTMENT_CODE}).
     */
    public static final String ROUTING_BEAN = "fiscalSectionRouting";

    private TargetApprovalProcess() {}
}
