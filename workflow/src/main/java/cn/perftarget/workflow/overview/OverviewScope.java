package cn.perftarget.workflow.overview;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The departments an overview covers: a department reviewer's department (its units), the departments a fiscal
 * section is responsible for, those of every section of a fiscal bureau (a fiscal reviewer working in the bureau
 * itself), an auditor's region. A user with several of these roles sees their union.
 *
 * @param departmentId 主管部门审核人: the department, or null
 * @param sectionId    财政审核人 of a section, or null
 * @param bureauId     财政审核人 of the bureau, or null
 * @param regionCode   查阅: the region, or null
 */
record OverviewScope(
        @Nullable Long departmentId,
        @Nullable Long sectionId,
        @Nullable Long bureauId,
        @Nullable String regionCode) {

    /**
     * {@code scope_departments (id)} and {@code scope_units (id, department_id)}: one index lookup per kind of scope,
     * every unit of the departments (also deactivated ones: their tables still count).
     */
    static final String CTE = """
            scope_departments as (
                select o.id from organisation o
                 where o.kind = 'DEPARTMENT' and o.id = cast(:scopeDepartment as bigint)
                union
                select sd.department_id from section_department sd
                 where sd.section_id = cast(:scopeSection as bigint)
                union
                select sd.department_id from organisation s join section_department sd on sd.section_id = s.id
                 where s.kind = 'SECTION' and s.parent_id = cast(:scopeBureau as bigint)
                union
                select o.id from organisation o
                 where o.kind = 'DEPARTMENT' and o.region_code = cast(:scopeRegion as varchar)),
            scope_units as (
                select u.id, u.parent_id as department_id, u.deactivated from organisation u
                 where u.kind = 'UNIT' and u.parent_id in (select id from scope_departments))""";

    static OverviewScope of(AppUser user) {
        if (!user.enabled()) {
            return new OverviewScope(null, null, null, null);
        }
        Organisation org = user.organisation();
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
        return new OverviewScope(department, section, bureau, region);
    }

    boolean isEmpty() {
        return departmentId == null && sectionId == null && bureauId == null && regionCode == null;
    }

    MapSqlParameterSource params() {
        return new MapSqlParameterSource("scopeDepartment", departmentId)
                .addValue("scopeSection", sectionId)
                .addValue("scopeBureau", bureauId)
                .addValue("scopeRegion", regionCode);
    }
}
