package cn.perftarget.bench.data;

/**
 * The shape of a generated data set: how many departments (主管部门), units per department and fiscal sections
 * (财政审核科室) the organisation has, and the random seed. The number of tables is given to
 * {@link DataGenerator#grow}, so one organisation can be filled step by step (10,000, then 100,000 tables).
 *
 * @param firstDepartmentCode the 3-digit code of the first department; the others follow (codes no demo or test
 *                            department uses)
 * @param regionCode          区划 of the generated bureau, its sections, departments and units; the project codes
 *                            start with it. A Hebei 区划 that still uses the 2015 indicator framework (as the seeds'
 *                            regions do, see frameworks/catalog.json), so the seed tables are valid templates
 * @param threads             writers working at once (each writes whole batches in its own transaction)
 * @param batchSize           tables per transaction
 */
public record GeneratorSettings(
        int departments,
        int unitsPerDepartment,
        int sections,
        int firstDepartmentCode,
        String regionCode,
        long seed,
        int threads,
        int batchSize) {

    public GeneratorSettings {
        if (departments < sections || sections < 1 || unitsPerDepartment < 1 || unitsPerDepartment > 999) {
            throw new IllegalArgumentException("every section needs a department and every department a unit");
        }
        if (firstDepartmentCode < 100 || firstDepartmentCode + departments > 1000) {
            throw new IllegalArgumentException("department codes have 3 digits");
        }
    }

    /**
     * The benchmark's organisation: 200 departments of 10 units (2,000 units), 10 fiscal sections. One writer: the
     * triggers of the overview's and the coverage's counters update them row by row, and two writers whose batches
     * share units deadlock on them.
     */
    public static GeneratorSettings benchmark() {
        return new GeneratorSettings(200, 10, 10, 200, "130311", 20250701L, 1, 500);
    }

    /** A small organisation for tests (region 130202): 4 departments of 3 units, 2 sections. */
    public static GeneratorSettings small(int firstDepartmentCode) {
        return new GeneratorSettings(4, 3, 2, firstDepartmentCode, "130202", 7L, 1, 50);
    }

    public int units() {
        return departments * unitsPerDepartment;
    }
}
