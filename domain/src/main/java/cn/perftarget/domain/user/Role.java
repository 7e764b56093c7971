package cn.perftarget.domain.user;

import cn.perftarget.domain.i18n.Labelled;

/** The roles of workflow.md; their names are in the bundles ({@code role.*}). */
public enum Role implements Labelled {
    /** 编制人: belongs to a unit */
    DRAFTER("role.DRAFTER"),
    /** 主管部门审核人: belongs to a department */
    DEPT_REVIEWER("role.DEPT_REVIEWER"),
    /** 财政审核人: belongs to a fiscal bureau section */
    FISCAL_REVIEWER("role.FISCAL_REVIEWER"),
    /** 查阅: reads everything in the region */
    AUDITOR("role.AUDITOR"),
    /** 管理员 */
    ADMIN("role.ADMIN");

    private final String labelKey;

    Role(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
