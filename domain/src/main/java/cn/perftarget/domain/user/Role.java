package cn.perftarget.domain.user;

/** The roles of workflow.md. */
public enum Role {
    /** 编制人: belongs to a unit */
    DRAFTER("编制人"),
    /** 主管部门审核人: belongs to a department */
    DEPT_REVIEWER("主管部门审核人"),
    /** 财政审核人: belongs to a fiscal bureau section */
    FISCAL_REVIEWER("财政审核人"),
    /** 查阅: reads everything in the region */
    AUDITOR("查阅人"),
    /** 管理员 */
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The Chinese name shown to users. */
    public String label() {
        return label;
    }
}
