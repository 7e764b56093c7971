package cn.perftarget.domain.rules;

/** How much a finding matters. */
public enum Severity {
    /** 错误: blocks submission until fixed */
    ERROR("错误"),
    /** 警告: allowed, shown to both reviewers; a ground for grade 中 */
    WARNING("警告"),
    /** 提示: a suggestion, often with a one-click fix */
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
