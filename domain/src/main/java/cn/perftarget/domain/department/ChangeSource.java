package cn.perftarget.domain.department;

import cn.perftarget.domain.i18n.Labelled;

/** How a department part was changed; its name is in the bundle ({@code department.source.*}). */
public enum ChangeSource implements Labelled {
    /** typed on the screen */
    EDIT("department.source.EDIT"),
    /** read from a pasted text or an Office file */
    IMPORT("department.source.IMPORT");

    private final String labelKey;

    ChangeSource(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
