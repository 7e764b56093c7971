package cn.perftarget.workflow.inbox;

/** The tabs of the inbox (待办箱). */
public enum InboxTab {
    /** 全部待办: my tasks and my groups' claimable tasks together */
    OPEN("全部待办"),
    /** 我的待办: running tasks assigned to the user */
    MINE("我的待办"),
    /** 待认领: running unassigned tasks of the user's groups */
    CLAIMABLE("待认领"),
    /** 已办: tasks the user completed */
    DONE("已办");

    private final String label;

    InboxTab(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
