package cn.perftarget.domain.table;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Organisation rows for persistence tests; each call a new unit with a unique code (the database is shared). */
public final class TestOrganisations {

    private TestOrganisations() {}

    /** A new unit (单位) row; returns its id. */
    public static long newUnit(JdbcTemplate jdbc) {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return jdbc.queryForObject(
                "insert into organisation (code, name, kind, region_code) values (?, ?, 'UNIT', 'test') returning id",
                Long.class,
                code,
                "测试单位 " + code);
    }

    /** A project code no other test uses. */
    public static String uniqueProjectCode() {
        return "P"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
    }
}
