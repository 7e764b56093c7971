package cn.perftarget.workflow.access;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which tables a user may see, from their organisation and roles (workflow.md, Roles): a drafter the tables of their
 * unit, a department reviewer those of the department's units, a fiscal reviewer those of the departments their
 * section is responsible for (one who sits in the bureau itself: of every section of the bureau, as the bureau's
 * overview shows them), an auditor those of their region. An administrator and a disabled user see none.
 *
 * @param unitId       编制人: the unit, or null
 * @param departmentId 主管部门审核人: the department (a reviewer working in a unit reviews for its department), or null
 * @param sectionId    财政审核人: the fiscal section, or null
 * @param bureauId     财政审核人 of the 财政局 itself: the bureau, or null
 * @param regionCode   查阅: the region, or null
 */
public record UserScope(
        @Nullable Long unitId,
        @Nullable Long departmentId,
        @Nullable Long sectionId,
        @Nullable Long bureauId,
        @Nullable String regionCode) {

    /**
     * The units in scope as a common table expression named {@code scope_units} (one column {@code id}); its
     * parameters come from {@link #addParams}. One branch per kind of scope, each through an index, so that the cost
     * follows the user's units and not the size of the organisation (one condition with ORs scans it whole).
     */
    public static final String SCOPE_UNITS_CTE = """
            scope_units as (
                select o.id from organisation o
                 where o.kind = 'UNIT' and o.id = cast(:scopeUnit as bigint)
                union
                select o.id from organisation o
                 where o.kind = 'UNIT' and o.parent_id = cast(:scopeDepartment as bigint)
                union
                select o.id from section_department sd join organisation o on o.parent_id = sd.department_id
                 where o.kind = 'UNIT' and sd.section_id = cast(:scopeSection as bigint)
                union
                select o.id from organisation s join section_department sd on sd.section_id = s.id
                  join organisation o on o.parent_id = sd.department_id
                 where o.kind = 'UNIT' and s.kind = 'SECTION' and s.parent_id = cast(:scopeBureau as bigint)
                union
                select o.id from organisation o
                 where o.kind = 'UNIT' and o.region_code = cast(:scopeRegion as varchar))""";

    /**
     * Whether the unit {@code u} (an {@code organisation} row of the query) lies in this scope: the rule of {@link
     * #SCOPE_UNITS_CTE} for one unit, a few index lookups whatever the size of the scope (a region's auditor has
     * thousands of units). {@code ScopeRulesAgreeTest} keeps the two the same. Only this user's branches are written
     * (their parameters from {@link #addParams}, never null): one condition with every branch and null parameters made
     * each action's scope test plan all five branches again whenever the next action came from a user of another kind
     * of scope (0.5 ms of the approval's 3 steps each, issue 18); a scope of its own kind is one short statement that
     * the server keeps prepared. An empty scope is {@code false}.
     */
    public String unitInScope() {
        List<String> branches = new ArrayList<>(2);
        if (unitId != null) {
            branches.add("u.id = :scopeUnit");
        }
        if (departmentId != null) {
            branches.add("u.parent_id = :scopeDepartment");
        }
        if (sectionId != null) {
            branches.add("""
                    exists (select 1 from section_department sd
                             where sd.department_id = u.parent_id and sd.section_id = :scopeSection)""");
        }
        if (bureauId != null) {
            branches.add("""
                    exists (select 1 from section_department sd join organisation s on s.id = sd.section_id
                             where sd.department_id = u.parent_id and s.kind = 'SECTION'
                               and s.parent_id = :scopeBureau)""");
        }
        if (regionCode != null) {
            branches.add("u.region_code = :scopeRegion");
        }
        return branches.isEmpty() ? "false" : "(u.kind = 'UNIT' and (" + String.join(" or ", branches) + "))";
    }

    public static UserScope of(AppUser user) {
        if (!user.enabled()) {
            return new UserScope(null, null, null, null, null);
        }
        Organisation org = user.organisation();
        Long unit = user.has(Role.DRAFTER) && org.kind() == OrgKind.UNIT ? org.id() : null;
        Long department = null;
        if (user.has(Role.DEPT_REVIEWER)) {
            department = switch (org.kind()) {
                case DEPARTMENT -> org.id();
                case UNIT -> org.parentId();
                default -> null;
            };
        }
        Long section = user.has(Role.FISCAL_REVIEWER) && org.kind() == OrgKind.SECTION ? org.id() : null;
        Long bureau = user.has(Role.FISCAL_REVIEWER) && org.kind() == OrgKind.BUREAU ? org.id() : null;
        String region = user.has(Role.AUDITOR) ? org.regionCode() : null;
        return new UserScope(unit, department, section, bureau, region);
    }

    public boolean isEmpty() {
        return unitId == null && departmentId == null && sectionId == null && bureauId == null && regionCode == null;
    }

    public MapSqlParameterSource addParams(MapSqlParameterSource params) {
        return params.addValue("scopeUnit", unitId)
                .addValue("scopeDepartment", departmentId)
                .addValue("scopeSection", sectionId)
                .addValue("scopeBureau", bureauId)
                .addValue("scopeRegion", regionCode);
    }
}
