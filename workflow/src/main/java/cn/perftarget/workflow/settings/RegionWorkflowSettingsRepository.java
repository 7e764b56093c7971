package cn.perftarget.workflow.settings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The region settings of the approval round (table workflow_region_setting, V10). */
@Repository
public class RegionWorkflowSettingsRepository {

    private final JdbcClient jdbc;
    private final ShortLivedCache<String, RegionWorkflowSettings> cache = new ShortLivedCache<>();

    public RegionWorkflowSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The settings of a region; a region without a row gets the defaults. Kept a moment ({@link ShortLivedCache}). */
    public RegionWorkflowSettings load(String regionCode) {
        String region = regionCode == null ? "" : regionCode;
        return cache.get(region, () -> read(region));
    }

    private RegionWorkflowSettings read(String region) {
        return jdbc.sql("""
                        select resubmit_via_department, review_working_days, escalation_working_days
                        from workflow_region_setting where region_code = :r""")
                .param("r", region)
                .query((rs, i) -> new RegionWorkflowSettings(region, rs.getBoolean(1), rs.getInt(2), rs.getInt(3)))
                .optional()
                .orElseGet(() -> RegionWorkflowSettings.defaults(region));
    }

    /** Stores the settings of a region (replacing the previous ones). */
    public void save(RegionWorkflowSettings settings, String updatedBy) {
        cache.clear();
        jdbc.sql("""
                        insert into workflow_region_setting (region_code, resubmit_via_department, review_working_days,
                                                             escalation_working_days, updated_by, updated_at)
                        values (:r, :via, :review, :escalation, :by, now())
                        on conflict (region_code) do update set
                            resubmit_via_department = excluded.resubmit_via_department,
                            review_working_days = excluded.review_working_days,
                            escalation_working_days = excluded.escalation_working_days,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("r", settings.regionCode())
                .param("via", settings.resubmitViaDepartment())
                .param("review", settings.reviewWorkingDays())
                .param("escalation", settings.escalationWorkingDays())
                .param("by", updatedBy)
                .update();
    }
}
