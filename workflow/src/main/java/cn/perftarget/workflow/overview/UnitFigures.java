package cn.perftarget.workflow.overview;

/**
 * A unit of the overview with its counts of the year.
 *
 * @param deactivated the unit is no longer active (its tables still count; it is not "without a submission")
 */
public record UnitFigures(
        long id,
        String code,
        String name,
        boolean deactivated,
        long departmentId,
        String departmentCode,
        String departmentName,
        Counts counts) {

    /** An active unit with no table of the year beyond 编制中. */
    public boolean nothingSubmitted() {
        return !deactivated && counts.submitted() == 0;
    }
}
