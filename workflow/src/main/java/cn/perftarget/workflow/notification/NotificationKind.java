package cn.perftarget.workflow.notification;

/** Why a notification was sent. */
public enum NotificationKind {
    /** 到期提醒: a review task is due */
    REMINDER("到期提醒"),
    /** 逾期上报: a review task is overdue, sent to the lead */
    ESCALATION("逾期上报"),
    /** 办理结果: the table came back to the unit, awaits its confirmation, or was decided */
    OUTCOME("办理结果");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
