package cn.perftarget.workflow.inbox;

/** The tabs of the inbox (待办箱); the screen names them from its bundle. */
public enum InboxTab {
    /** 全部待办: my tasks and my groups' claimable tasks together */
    OPEN,
    /** 我的待办: running tasks assigned to the user */
    MINE,
    /** 待认领: running unassigned tasks of the user's groups */
    CLAIMABLE,
    /** 已办: tasks the user completed */
    DONE
}
