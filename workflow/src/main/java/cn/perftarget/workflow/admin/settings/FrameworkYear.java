package cn.perftarget.workflow.admin.settings;

/**
 * The indicator framework (指标体系) a fiscal year's tables of the region are checked against.
 *
 * @param frameworkId   the framework in force
 * @param frameworkName its name (data: the framework's own name)
 * @param chosen        the region chose it; otherwise the catalogue's choice for the year
 * @param standardId    what the catalogue gives the year (in force when the region's choice is reset)
 */
public record FrameworkYear(
        int fiscalYear, String frameworkId, String frameworkName, boolean chosen, String standardId) {}
