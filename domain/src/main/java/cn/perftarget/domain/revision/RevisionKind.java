package cn.perftarget.domain.revision;

import cn.perftarget.domain.i18n.Labelled;

/** Version types of the national 一体化 standard; their names are in the bundle ({@code revision.kind.*}). */
public enum RevisionKind implements Labelled {
    /** 编制: frozen at a submission while the table is being prepared */
    DRAFT("revision.kind.DRAFT"),
    /** 批复: the approved version */
    APPROVED("revision.kind.APPROVED"),
    /** 执行: in execution */
    EXECUTION("revision.kind.EXECUTION"),
    /** 调整: frozen at a submission of an approved table reopened for adjustment */
    ADJUSTMENT("revision.kind.ADJUSTMENT");

    private final String labelKey;

    RevisionKind(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
