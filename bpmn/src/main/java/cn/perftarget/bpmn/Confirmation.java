package cn.perftarget.bpmn;

/** Values of {@link ApprovalVariables#CONFIRMATION}: the unit's answer to a 良 edit. */
public enum Confirmation {
    /** 接受: the edited revision is approved. */
    ACCEPT("accept"),
    /** 有异议: back to the fiscal review, with the unit's comment. */
    DISPUTE("dispute");

    private final String value;

    Confirmation(String value) {
        this.value = value;
    }

    /** The variable value the process compares with. */
    public String value() {
        return value;
    }
}
