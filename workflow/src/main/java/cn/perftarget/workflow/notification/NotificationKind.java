package cn.perftarget.workflow.notification;

import cn.perftarget.domain.i18n.Labelled;

/** Why a notification was sent; its name is in the workflow bundle ({@code notify.kind.*}). */
public enum NotificationKind implements Labelled {
    /** 到期提醒: a review task is due */
    REMINDER("notify.kind.REMINDER"),
    /** 逾期上报: a review task is overdue, sent to the lead */
    ESCALATION("notify.kind.ESCALATION"),
    /** 办理结果: the table came back to the unit, awaits its confirmation, or was decided */
    OUTCOME("notify.kind.OUTCOME"),
    /** 提交提醒: the submission deadline of a budget round is near and the unit has unsubmitted tables */
    ROUND_REMINDER("notify.kind.ROUND_REMINDER"),
    /** 催办: a reviewer or the bureau urges a unit to submit (or resubmit) its tables */
    URGE_UNIT("notify.kind.URGE_UNIT"),
    /** 催办: the unit urges an overdue review of its table */
    URGE_REVIEW("notify.kind.URGE_REVIEW"),
    /** 流程事件: a job of the engine used up its retries and became an incident, sent to the operators */
    INCIDENT("notify.kind.INCIDENT");

    private final String labelKey;

    NotificationKind(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
