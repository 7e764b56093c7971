package cn.perftarget.workflow.settings;

import cn.perftarget.workflow.error.InvalidInputException;

/**
 * How the approval round runs in one region (区划).
 *
 * @param regionCode            organisation.region_code
 * @param resubmitViaDepartment after a fiscal 中 the resubmission goes through the department review again
 * @param reviewWorkingDays     working days from entering a review task to its due date (到期提醒)
 * @param escalationWorkingDays further working days from the due date to the escalation to the lead (逾期上报)
 */
public record RegionWorkflowSettings(
        String regionCode, boolean resubmitViaDepartment, int reviewWorkingDays, int escalationWorkingDays) {

    /** The defaults of a region without settings (the column defaults of workflow_region_setting). */
    public static final boolean DEFAULT_RESUBMIT_VIA_DEPARTMENT = false;

    public static final int DEFAULT_REVIEW_WORKING_DAYS = 3;
    public static final int DEFAULT_ESCALATION_WORKING_DAYS = 2;

    public RegionWorkflowSettings {
        if (reviewWorkingDays < 1 || reviewWorkingDays > 60) {
            throw InvalidInputException.of(InvalidInputException.Input.OTHER, "error.settings.reviewDays");
        }
        if (escalationWorkingDays < 1 || escalationWorkingDays > 60) {
            throw InvalidInputException.of(InvalidInputException.Input.OTHER, "error.settings.escalationDays");
        }
    }

    public static RegionWorkflowSettings defaults(String regionCode) {
        return new RegionWorkflowSettings(
                regionCode,
                DEFAULT_RESUBMIT_VIA_DEPARTMENT,
                DEFAULT_REVIEW_WORKING_DAYS,
                DEFAULT_ESCALATION_WORKING_DAYS);
    }
}
