package cn.perftarget.workflow.overview;

/**
 * A department of the overview: the sum of its units' counts.
 *
 * @param units                  its units in the overview
 * @param unitsWithoutSubmission its active units with nothing submitted this year
 */
public record DepartmentFigures(
        long id, String code, String name, Counts counts, int units, int unitsWithoutSubmission) {}
