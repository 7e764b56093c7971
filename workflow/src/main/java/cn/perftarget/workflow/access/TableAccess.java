package cn.perftarget.workflow.access;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.error.NotFoundException;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a user may see a unit's tables, and whether they draft for it: the one scope check of every read and every
 * action. A table outside the scope is reported exactly like a missing one ({@link NotFoundException#table()}).
 */
@Component
public class TableAccess {

    private final NamedParameterJdbcTemplate jdbc;
    private final TargetTableRepository tables;
    private final OrganisationRepository organisations;

    public TableAccess(
            NamedParameterJdbcTemplate jdbc, TargetTableRepository tables, OrganisationRepository organisations) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.organisations = organisations;
    }

    /** The table, if it exists and lies in the user's scope; otherwise "不存在或无权访问". */
    public StoredTable visibleTable(AppUser user, long tableId) {
        StoredTable table = tables.findById(tableId).orElseThrow(NotFoundException::table);
        if (!canSee(user, table.unitId())) {
            throw NotFoundException.table();
        }
        return table;
    }

    /**
     * The unit and its department (unit first) if the unit's tables are in the user's scope, else none: the scope
     * test of {@link #canSee} and the read of the unit in one statement.
     */
    public List<Organisation> unitWithParentIfVisible(AppUser user, long unitId) {
        UserScope scope = UserScope.of(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return organisations.withParentIf(
                unitId,
                scope.unitInScope(),
                scope.addParams(new MapSqlParameterSource()).getValues());
    }

    /** The unit's tables are in the user's scope ({@link UserScope}). */
    public boolean canSee(AppUser user, long unitId) {
        UserScope scope = UserScope.of(user);
        if (scope.isEmpty()) {
            return false;
        }
        Boolean visible = jdbc.queryForObject(
                "select exists (select 1 from organisation u where u.id = :unit and " + scope.unitInScope() + ")",
                scope.addParams(new MapSqlParameterSource("unit", unitId)),
                Boolean.class);
        return Boolean.TRUE.equals(visible);
    }

    /** The user drafts for the table's unit and the table is being drafted: the user may change it. */
    public static boolean mayEdit(AppUser user, StoredTable table) {
        return draftsFor(user, table.unitId()) && table.status() == TableStatus.DRAFTING;
    }

    /** The user is an enabled 编制人 of that unit. */
    public static boolean draftsFor(AppUser user, long unitId) {
        return user.enabled()
                && user.has(Role.DRAFTER)
                && user.organisation().kind() == OrgKind.UNIT
                && user.organisation().id() != null
                && user.organisation().id() == unitId;
    }
}
