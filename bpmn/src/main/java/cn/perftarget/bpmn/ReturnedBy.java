package cn.perftarget.bpmn;

/**
 * Values of {@link ApprovalVariables#RETURNED_BY}, kept by the process: who last sent the table back.
 * A withdrawal leaves it unchanged, so a resubmission goes where the withdrawn submission went.
 */
public enum ReturnedBy {
    /** Nobody yet in this round: a resubmission goes to the department. */
    NONE("none"),
    /** The department returned it: a resubmission goes to the department. */
    DEPARTMENT("department"),
    /** The fiscal reviewer graded 中: a resubmission goes to the fiscal review directly, unless
     * {@link ApprovalVariables#RESUBMIT_VIA_DEPARTMENT} is true. */
    FISCAL("fiscal");

    private final String value;

    ReturnedBy(String value) {
        this.value = value;
    }

    /** The variable value the process sets. */
    public String value() {
        return value;
    }
}
