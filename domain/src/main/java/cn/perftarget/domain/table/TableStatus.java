package cn.perftarget.domain.table;

/** Where a target table stands in the approval workflow (workflow.md). */
public enum TableStatus {
    /** 编制中: the unit drafts (also after a return, and while an approved table is adjusted) */
    DRAFTING("编制中"),
    /** 主管部门审核 */
    DEPT_REVIEW("主管部门审核"),
    /** 财政审核 */
    FISCAL_REVIEW("财政审核"),
    /** 单位确认: the unit accepts or disputes the fiscal reviewer's 良 edit */
    UNIT_CONFIRM("单位确认"),
    /** 已批复 */
    APPROVED("已批复"),
    /** 不予安排: grade 差, the process ends */
    REJECTED("不予安排");

    private final String label;

    TableStatus(String label) {
        this.label = label;
    }

    /** The Chinese name shown to users. */
    public String label() {
        return label;
    }
}
