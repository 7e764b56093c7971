package cn.perftarget.domain.rules.settings;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The framework (指标体系) each region chose for a fiscal year (table {@code region_framework_year}, V17). A year
 * without a row keeps the catalogue's choice.
 */
@Repository
public class FrameworkYearRepository {

    private final JdbcTemplate jdbc;

    public FrameworkYearRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Fiscal year → framework id, in year order. */
    public Map<Integer, String> load(String regionCode) {
        Map<Integer, String> years = new TreeMap<>();
        jdbc.query(
                "select fiscal_year, framework_id from region_framework_year where region_code = ?",
                rs -> {
                    years.put(rs.getInt(1), rs.getString(2));
                },
                regionCode);
        return years;
    }

    /** Sets the region's framework of a fiscal year (replacing the previous choice). */
    public void save(String regionCode, int fiscalYear, String frameworkId, String updatedBy) {
        jdbc.update("""
                insert into region_framework_year (region_code, fiscal_year, framework_id, updated_by, updated_at)
                values (?, ?, ?, ?, now())
                on conflict (region_code, fiscal_year) do update set framework_id = excluded.framework_id,
                    updated_by = excluded.updated_by, updated_at = now()""", regionCode, fiscalYear, frameworkId, updatedBy);
    }

    /** Back to the catalogue's choice for that year. */
    public void remove(String regionCode, int fiscalYear) {
        jdbc.update(
                "delete from region_framework_year where region_code = ? and fiscal_year = ?", regionCode, fiscalYear);
    }
}
