package cn.perftarget.bpmn;

/** Values of {@link ApprovalVariables#GRADE}: the fiscal reviewer's grade (审核等级). */
public enum Grade {
    /** 优: approved (已批复). */
    EXCELLENT("优"),
    /** 良: approved after the unit confirms the fiscal reviewer's edit (协商修改). */
    GOOD("良"),
    /** 中: back to the unit (退回修改). */
    FAIR("中"),
    /** 差: not funded (不予安排); ends the process. */
    POOR("差");

    private final String value;

    Grade(String value) {
        this.value = value;
    }

    /** The variable value the process compares with: the Chinese grade. */
    public String value() {
        return value;
    }
}
