package cn.perftarget.domain.org;

/** Kinds of organisation. */
public enum OrgKind {
    /** 财政局 of a region */
    BUREAU("财政局"),
    /** 财政局的审核科室: reviews the departments it is responsible for */
    SECTION("财政科室"),
    /** 部门 (主管部门), code of 3 digits */
    DEPARTMENT("部门"),
    /** 单位 (预算单位), code = department code + 3 digits */
    UNIT("单位");

    private final String label;

    OrgKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
