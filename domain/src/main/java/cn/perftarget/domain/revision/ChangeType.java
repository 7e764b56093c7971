package cn.perftarget.domain.revision;

/** What happened to an indicator row between two revisions. */
public enum ChangeType {
    ADDED("新增"),
    REMOVED("删除"),
    CHANGED("修改");

    private final String label;

    ChangeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
