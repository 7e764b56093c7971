package cn.perftarget.domain.rules.settings;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The version of each region's validation settings, raised with every change (table region_settings_version). */
@Component
class SettingsVersions {

    private final JdbcTemplate jdbc;

    SettingsVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The region's version now; 0 for a region whose settings were never changed. */
    long current(String regionCode) {
        List<Long> found = jdbc.queryForList(
                "select version from region_settings_version where region_code = ?", Long.class, regionCode);
        return found.isEmpty() ? 0 : found.get(0);
    }

    /** Raises the region's version, in the caller's transaction (with the change). */
    void raise(String regionCode) {
        jdbc.update("""
                insert into region_settings_version (region_code, version) values (?, 1)
                on conflict (region_code) do update set version = region_settings_version.version + 1
                """, regionCode);
    }
}
