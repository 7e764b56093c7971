package cn.perftarget.workflow.access;

import cn.perftarget.domain.i18n.Labelled;

/**
 * Which tables (or accounts) a granted role reaches with an action: the scope half of a {@link Grant}. The name for
 * people is in the workflow bundle ({@code reach.*}).
 */
public enum Reach implements Labelled {
    /** The table lies in the user's scope ({@link UserScope}): own unit, department, responsible section, region. */
    VISIBLE("reach.VISIBLE"),
    /** No table yet: the user's own unit (新建, 导入). */
    OWN_UNIT("reach.OWN_UNIT"),
    /** The user drafts for the table's unit ({@link TableAccess#draftsFor}). */
    DRAFTING_UNIT("reach.DRAFTING_UNIT"),
    /**
     * The user holds the role of the task's step ({@link AccessPolicy#roleOfStep}) in the organisation the routing
     * names: the table's department for 主管部门审核, the routed fiscal section for 财政审核.
     */
    STEP_REVIEWER("reach.STEP_REVIEWER"),
    /**
     * The department's part and publication document: the department's reviewers, the drafters of its units, the
     * fiscal reviewers of a section responsible for it, the auditors of its region ({@code DepartmentAccess}).
     */
    DEPARTMENT("reach.DEPARTMENT"),
    /** The department the user reviews for (主管部门审核人 of that department). */
    OWN_DEPARTMENT("reach.OWN_DEPARTMENT"),
    /**
     * The accounts and organisations of the administrator's region (the region code of their organisation,
     * {@link AdminRegion}): users, organisations, responsibilities, password resets, budget rounds, the region's
     * settings.
     */
    REGION("reach.REGION"),
    /**
     * The user's own region (the region code of their organisation), not a table: the budget rounds every signed-in
     * user reads. Nothing of another region is asked for, so there is no "out of scope".
     */
    OWN_REGION("reach.OWN_REGION"),
    /** Not bound to a table nor a region: the security policy, locked accounts, roles, the security log. */
    SYSTEM("reach.SYSTEM");

    private final String labelKey;

    Reach(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** Whether the scope (of the table or the department) decides, beside the role. */
    public boolean scoped() {
        return this != OWN_UNIT && this != SYSTEM && this != OWN_REGION;
    }

    /** Whether the role check alone answers a user without the role ("您的角色无权…"), not a scope check. */
    public boolean refusedByRole() {
        return this == OWN_UNIT || this == SYSTEM || this == REGION || this == OWN_REGION;
    }
}
