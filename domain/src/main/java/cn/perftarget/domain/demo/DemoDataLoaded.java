package cn.perftarget.domain.demo;

/**
 * Published by {@link DemoMode} after the demo organisation, users and seed tables were loaded, in the start-up
 * thread, before the application is ready. Modules above the domain may add demo work of their own to a freshly
 * created demo database (the workflow drives some tables through the approval service).
 *
 * @param addedTables the seed tables this start added (0 on a restart: they were there already)
 * @param seedTables  the seed tables demo mode loads in all
 */
public record DemoDataLoaded(int addedTables, int seedTables) {

    /** Every seed table was added now: the demo tables were freshly created. */
    public boolean fresh() {
        return seedTables > 0 && addedTables == seedTables;
    }
}
