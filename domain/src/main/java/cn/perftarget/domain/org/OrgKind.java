package cn.perftarget.domain.org;

import cn.perftarget.domain.i18n.Labelled;

/** Kinds of organisation; their names are in the bundle ({@code org.kind.*}). */
public enum OrgKind implements Labelled {
    /** 财政局 of a region */
    BUREAU("org.kind.BUREAU"),
    /** 财政局的审核科室: reviews the departments it is responsible for */
    SECTION("org.kind.SECTION"),
    /** 部门 (主管部门), code of 3 digits */
    DEPARTMENT("org.kind.DEPARTMENT"),
    /** 单位 (预算单位), code = department code + 3 digits */
    UNIT("org.kind.UNIT");

    private final String labelKey;

    OrgKind(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
