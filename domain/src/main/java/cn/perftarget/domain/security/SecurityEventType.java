package cn.perftarget.domain.security;

import cn.perftarget.domain.i18n.Labelled;

/** What a security log entry records (GB/T 22239 安全审计: logins, logouts, rights, administration, exports, refusals). */
public enum SecurityEventType implements Labelled {
    /** 登录成功 */
    LOGIN("security.event.LOGIN"),
    /** 登录失败: wrong password, unknown user, disabled account */
    LOGIN_FAILED("security.event.LOGIN_FAILED"),
    /** 账号锁定: too many wrong passwords in a row */
    LOCKED("security.event.LOCKED"),
    /** 解除锁定, by the 安全管理员 */
    UNLOCKED("security.event.UNLOCKED"),
    /** 退出登录 */
    LOGOUT("security.event.LOGOUT"),
    /** 会话超时 */
    SESSION_EXPIRED("security.event.SESSION_EXPIRED"),
    /** 修改密码 (the user's own, also at first login) */
    PASSWORD_CHANGED("security.event.PASSWORD_CHANGED"),
    /** 重置密码, by an administrator */
    PASSWORD_RESET("security.event.PASSWORD_RESET"),
    /** 双因素认证: a second factor enrolled, or a wrong code */
    SECOND_FACTOR("security.event.SECOND_FACTOR"),
    /** 角色或权限变更 */
    RIGHTS_CHANGED("security.event.RIGHTS_CHANGED"),
    /** 用户、组织机构、设置的管理变更 */
    ADMINISTRATION("security.event.ADMINISTRATION"),
    /** 导出 */
    EXPORT("security.event.EXPORT"),
    /** 越权访问被拒绝 */
    ACCESS_REFUSED("security.event.ACCESS_REFUSED"),
    /** 运维操作 (an operator's retry of a job, resolution of an incident) */
    OPERATOR_ACTION("security.event.OPERATOR_ACTION"),
    /** 审计链校验 (a check of the audit chains and its result) */
    AUDIT_CHECK("security.event.AUDIT_CHECK");

    private final String labelKey;

    SecurityEventType(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
