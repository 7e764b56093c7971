package cn.perftarget.domain.security;

import cn.perftarget.domain.i18n.Labelled;

/** Whether what a security log entry records succeeded. */
public enum SecurityOutcome implements Labelled {
    SUCCESS("security.outcome.SUCCESS"),
    FAILURE("security.outcome.FAILURE");

    private final String labelKey;

    SecurityOutcome(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
