package cn.perftarget.domain.table;

import cn.perftarget.domain.i18n.Labelled;

/** Where a target table stands in the approval workflow (workflow.md); its name is in the bundles ({@code status.*}). */
public enum TableStatus implements Labelled {
    /** 编制中: the unit drafts (also after a return, and while an approved table is adjusted) */
    DRAFTING("status.DRAFTING"),
    /** 主管部门审核 */
    DEPT_REVIEW("status.DEPT_REVIEW"),
    /** 财政审核 */
    FISCAL_REVIEW("status.FISCAL_REVIEW"),
    /** 单位确认: the unit accepts or disputes the fiscal reviewer's 良 edit */
    UNIT_CONFIRM("status.UNIT_CONFIRM"),
    /** 已批复 */
    APPROVED("status.APPROVED"),
    /** 不予安排: grade 差, the process ends */
    REJECTED("status.REJECTED");

    private final String labelKey;

    TableStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
