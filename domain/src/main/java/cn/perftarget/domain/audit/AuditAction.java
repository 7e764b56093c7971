package cn.perftarget.domain.audit;

/** What an audit entry records. */
public enum AuditAction {
    CREATE("创建"),
    EDIT("编辑"),
    IMPORT("导入"),
    SUBMIT("提交"),
    WITHDRAW("撤回"),
    CLAIM("签收"),
    UNCLAIM("取消签收"),
    TRANSFER("转办"),
    RETURN("退回"),
    PASS("审核通过"),
    GRADE("评级"),
    ACCEPT("接受修改"),
    DISPUTE("提出异议"),
    APPROVE("批复"),
    REOPEN("申请调整"),
    EXPORT("导出"),
    REMIND("到期提醒"),
    ESCALATE("逾期上报");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** The Chinese name shown to users. */
    public String label() {
        return label;
    }
}
