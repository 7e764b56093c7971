package cn.perftarget.workflow.access;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Whether a user may see a unit's tables, and whether they draft for it. */
@Component
public class TableAccess {

    private final NamedParameterJdbcTemplate jdbc;

    public TableAccess(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit's tables are in the user's scope ({@link UserScope}). */
    public boolean canSee(AppUser user, long unitId) {
        UserScope scope = UserScope.of(user);
        if (scope.isEmpty()) {
            return false;
        }
        Boolean visible = jdbc.queryForObject("with " + UserScope.SCOPE_UNITS_CTE
                        + " select exists (select 1 from scope_units where id = :unit)",
                scope.addParams(new MapSqlParameterSource("unit", unitId)), Boolean.class);
        return Boolean.TRUE.equals(visible);
    }

    /** The user is an enabled 编制人 of that unit. */
    public static boolean draftsFor(AppUser user, long unitId) {
        return user.enabled() && user.has(Role.DRAFTER) && user.organisation().kind() == OrgKind.UNIT
                && user.organisation().id() != null && user.organisation().id() == unitId;
    }
}
