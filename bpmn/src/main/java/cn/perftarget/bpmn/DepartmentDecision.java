package cn.perftarget.bpmn;

/** Values of {@link ApprovalVariables#DEPARTMENT_DECISION}: the department reviewer passes or returns. */
public enum DepartmentDecision {
    /** 通过: on to the fiscal review. */
    PASS("pass"),
    /** 退回: back to the unit (编制修改); a comment is mandatory (checked by the service). */
    RETURN("return");

    private final String value;

    DepartmentDecision(String value) {
        this.value = value;
    }

    /** The variable value the process compares with. */
    public String value() {
        return value;
    }
}
