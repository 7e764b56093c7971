package cn.perftarget.bpmn;

/**
 * The candidate groups the process gives its user tasks. A service that maps users to groups
 * (for task queries and claims) builds them with these methods so both sides spell them alike.
 */
public final class CandidateGroups {

    private CandidateGroups() {}

    /** 主管部门审核人 of a department, e.g. {@code dept-reviewer-442}. */
    public static String departmentReviewers(String departmentCode) {
        return "dept-reviewer-" + departmentCode;
    }

    /** 财政审核人 of a fiscal section (the routing result), e.g. {@code fiscal-reviewer-F-QHD-1}. */
    public static String fiscalReviewers(String fiscalSection) {
        return "fiscal-reviewer-" + fiscalSection;
    }

    /** 编制人 of a unit, e.g. {@code drafter-442001}. */
    public static String drafters(String unitCode) {
        return "drafter-" + unitCode;
    }
}
