package cn.perftarget.domain.audit;

import cn.perftarget.domain.i18n.Labelled;

/** What an audit entry records; its name is in the bundle ({@code audit.action.*}). */
public enum AuditAction implements Labelled {
    CREATE("audit.action.CREATE"),
    EDIT("audit.action.EDIT"),
    IMPORT("audit.action.IMPORT"),
    SUBMIT("audit.action.SUBMIT"),
    WITHDRAW("audit.action.WITHDRAW"),
    CLAIM("audit.action.CLAIM"),
    UNCLAIM("audit.action.UNCLAIM"),
    TRANSFER("audit.action.TRANSFER"),
    RETURN("audit.action.RETURN"),
    PASS("audit.action.PASS"),
    GRADE("audit.action.GRADE"),
    ACCEPT("audit.action.ACCEPT"),
    DISPUTE("audit.action.DISPUTE"),
    APPROVE("audit.action.APPROVE"),
    REOPEN("audit.action.REOPEN"),
    EXPORT("audit.action.EXPORT"),
    REMIND("audit.action.REMIND"),
    ESCALATE("audit.action.ESCALATE");

    private final String labelKey;

    AuditAction(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
