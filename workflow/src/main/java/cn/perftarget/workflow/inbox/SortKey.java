package cn.perftarget.workflow.inbox;

/** What a list can be sorted by. */
public enum SortKey {
    /** 到期时间 (table lists: the waiting task's due date) */
    DUE_DATE,
    /** 提交时间 */
    SUBMITTED_AT,
    /** 预算数 */
    BUDGET,
    /** 项目编码 */
    PROJECT_CODE,
    /** 项目名称 */
    PROJECT_NAME,
    /** 年度 */
    FISCAL_YEAR,
    /** inbox: when the task arrived (done tab: when it was completed); table lists: last change */
    RECEIVED
}
