package cn.perftarget.domain.revision;

import cn.perftarget.domain.i18n.Labelled;

/** What happened to an indicator row between two revisions; its name is in the bundle ({@code change.*}). */
public enum ChangeType implements Labelled {
    ADDED("change.ADDED"),
    REMOVED("change.REMOVED"),
    CHANGED("change.CHANGED");

    private final String labelKey;

    ChangeType(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
