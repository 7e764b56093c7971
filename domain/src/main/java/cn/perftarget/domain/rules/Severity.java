package cn.perftarget.domain.rules;

import cn.perftarget.domain.i18n.Labelled;

/** How much a finding matters; its name is in the bundle ({@code severity.*}). */
public enum Severity implements Labelled {
    /** 错误: blocks submission until fixed */
    ERROR("severity.ERROR"),
    /** 警告: allowed, shown to both reviewers; a ground for grade 中 */
    WARNING("severity.WARNING"),
    /** 提示: a suggestion, often with a one-click fix */
    INFO("severity.INFO");

    private final String labelKey;

    Severity(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
