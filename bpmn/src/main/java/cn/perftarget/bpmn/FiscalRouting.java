package cn.perftarget.bpmn;

/**
 * Identifiers of the decision table {@code fiscal-routing} (财政审核科室分派): department code in,
 * fiscal section out. Evaluated by the process before every first fiscal review of a round.
 */
public final class FiscalRouting {

    /** Classpath location of the decision model. */
    public static final String RESOURCE = "bpmn/fiscal-routing.dmn";

    public static final String DECISION_KEY = "fiscal-routing";
    /** Input: the department code (String, 3 digits, e.g. "442"). */
    public static final String INPUT_DEPARTMENT_CODE = ApprovalVariables.DEPARTMENT_CODE;
    /** Output: the code of the fiscal section that reviews the department. */
    public static final String OUTPUT_FISCAL_SECTION = ApprovalVariables.FISCAL_SECTION;

    private FiscalRouting() {}
}
