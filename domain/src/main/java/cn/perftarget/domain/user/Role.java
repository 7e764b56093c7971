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
    /** 系统管理员: users, organisations, settings (三员分立: one of the three administrators); reviews nothing */
    SYSTEM_ADMIN("role.SYSTEM_ADMIN"),
    /** 安全管理员: roles, password and lockout policy, unlocking; reviews nothing */
    SECURITY_ADMIN("role.SECURITY_ADMIN"),
    /** 审计管理员: reads the security log and the checks of the audit chains; reviews nothing */
    AUDIT_ADMIN("role.AUDIT_ADMIN"),
    /** 运维人员: the operators of the Camunda webapps (Cockpit, Tasklist, Admin); no table of their own */
    OPERATOR("role.OPERATOR");

    private final String labelKey;

    Role(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
