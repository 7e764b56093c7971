package cn.perftarget.domain.revision;

/** Version types of the national 一体化 standard. */
public enum RevisionKind {
    /** 编制: frozen at a submission while the table is being prepared */
    DRAFT("编制"),
    /** 批复: the approved version */
    APPROVED("批复"),
    /** 执行: in execution */
    EXECUTION("执行"),
    /** 调整: frozen at a submission of an approved table reopened for adjustment */
    ADJUSTMENT("调整");

    private final String label;

    RevisionKind(String label) {
        this.label = label;
    }

    /** The Chinese name shown to users. */
    public String label() {
        return label;
    }
}
