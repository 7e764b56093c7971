package cn.perftarget.domain.org;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations and the sections' responsibility for departments. */
@Repository
public class OrganisationRepository {

    private static final RowMapper<Organisation> ROW = (rs, i) -> new Organisation(
            rs.getLong("id"),
            rs.getString("code"),
            rs.getString("name"),
            OrgKind.valueOf(rs.getString("kind")),
            (Long) rs.getObject("parent_id"),
            rs.getString("region_code"));

    private final JdbcClient jdbc;

    public OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Organisation save(Organisation org) {
        Long id = jdbc.sql("""
                        insert into organisation (code, name, kind, parent_id, region_code)
                        values (:code, :name, :kind, :parent, :region)
                        on conflict (code) do update set name = excluded.name
                        returning id""")
                .param("code", org.code())
                .param("name", org.name())
                .param("kind", org.kind().name())
                .param("parent", org.parentId())
                .param("region", org.regionCode())
                .query(Long.class)
                .single();
        return new Organisation(id, org.code(), org.name(), org.kind(), org.parentId(), org.regionCode());
    }

    public Optional<Organisation> findById(long id) {
        return jdbc.sql("select * from organisation where id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    /**
     * The unit first, then its parent (as {@link #withParent}) — only when the unit, as {@code u}, satisfies
     * {@code unitCondition} (an SQL condition with its named {@code parameters}); none otherwise. One statement where
     * a test of the unit and a read of it would be two.
     */
    public List<Organisation> withParentIf(long id, String unitCondition, Map<String, ?> parameters) {
        return jdbc.sql("""
                        select p.* from organisation u join organisation p on p.id = u.id or p.id = u.parent_id
                         where u.id = :id and %s
                         order by (p.id = u.id) desc
                        """.formatted(unitCondition))
                .params(parameters)
                .param("id", id)
                .query(ROW)
                .list();
    }

    /**
     * An organisation and its parent in one statement (e.g. a unit and its department), the organisation first; empty
     * when there is no such organisation, one element when it has no parent.
     */
    public List<Organisation> withParent(long id) {
        return jdbc.sql("""
                        select p.* from organisation o join organisation p on p.id = o.id or p.id = o.parent_id
                         where o.id = :id
                         order by (p.id = o.id) desc
                        """).param("id", id).query(ROW).list();
    }

    public Optional<Organisation> findByCode(String code) {
        return jdbc.sql("select * from organisation where code = :code")
                .param("code", code)
                .query(ROW)
                .optional();
    }

    public List<Organisation> findByKind(OrgKind kind) {
        return jdbc.sql("select * from organisation where kind = :kind order by code")
                .param("kind", kind.name())
                .query(ROW)
                .list();
    }

    public List<Organisation> findChildren(long parentId) {
        return jdbc.sql("select * from organisation where parent_id = :id order by code")
                .param("id", parentId)
                .query(ROW)
                .list();
    }

    public void assignDepartment(long sectionId, long departmentId) {
        jdbc.sql("""
                        insert into section_department (section_id, department_id) values (:s, :d)
                        on conflict do nothing""").param("s", sectionId).param("d", departmentId).update();
    }

    /** The departments a fiscal section is responsible for. */
    public List<Organisation> departmentsOfSection(long sectionId) {
        return jdbc.sql("""
                        select o.* from organisation o join section_department sd on sd.department_id = o.id
                        where sd.section_id = :s order by o.code""").param("s", sectionId).query(ROW).list();
    }

    // ---------------------------------------------------------------- administration (系统管理员)

    private static final String ENTRY_SELECT = """
            select o.*,
                   (select s.code from section_department sd join organisation s on s.id = sd.section_id
                     where sd.department_id = o.id order by s.code limit 1) as section_code,
                   (select count(*) from app_user u where u.organisation_id = o.id) as users,
                   (select count(*) from target_table t where t.unit_id = o.id) as tables,
                   (select count(*) from organisation c where c.parent_id = o.id) as children
              from organisation o
            """;

    private static final RowMapper<OrganisationEntry> ENTRY = (rs, i) -> new OrganisationEntry(
            ROW.mapRow(rs, i),
            rs.getBoolean("deactivated"),
            rs.getString("section_code"),
            rs.getInt("users"),
            rs.getInt("tables"),
            rs.getInt("children"));

    /** Every organisation of a region, bureau first, then by kind and code. */
    public List<OrganisationEntry> entriesOfRegion(String regionCode) {
        return jdbc.sql(ENTRY_SELECT + """
                         where o.region_code = :r
                         order by case o.kind when 'BUREAU' then 0 when 'SECTION' then 1 when 'DEPARTMENT' then 2
                                  else 3 end, o.code""").param("r", regionCode).query(ENTRY).list();
    }

    public Optional<OrganisationEntry> entry(String code) {
        return jdbc.sql(ENTRY_SELECT + " where o.code = :c")
                .param("c", code)
                .query(ENTRY)
                .optional();
    }

    /** Inserts a new organisation; the caller has checked that the code is free. */
    public Organisation insert(Organisation org) {
        Long id = jdbc.sql("""
                        insert into organisation (code, name, kind, parent_id, region_code)
                        values (:code, :name, :kind, :parent, :region)
                        returning id""")
                .param("code", org.code())
                .param("name", org.name())
                .param("kind", org.kind().name())
                .param("parent", org.parentId())
                .param("region", org.regionCode())
                .query(Long.class)
                .single();
        return new Organisation(id, org.code(), org.name(), org.kind(), org.parentId(), org.regionCode());
    }

    public void rename(long id, String name) {
        jdbc.sql("update organisation set name = :n where id = :id")
                .param("id", id)
                .param("n", name)
                .update();
    }

    public void moveTo(long id, long parentId) {
        jdbc.sql("update organisation set parent_id = :p where id = :id")
                .param("id", id)
                .param("p", parentId)
                .update();
    }

    public void setDeactivated(long id, boolean deactivated) {
        jdbc.sql("update organisation set deactivated = :d where id = :id")
                .param("id", id)
                .param("d", deactivated)
                .update();
    }

    /** Deletes an organisation without users, tables, children or responsibilities (the caller checked). */
    public void delete(long id) {
        jdbc.sql("delete from section_department where section_id = :id or department_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from organisation where id = :id").param("id", id).update();
    }

    /** Makes the section the one responsible for the department (any other responsibility for it ends). */
    public void setResponsibleSection(long departmentId, long sectionId) {
        jdbc.sql("delete from section_department where department_id = :d")
                .param("d", departmentId)
                .update();
        assignDepartment(sectionId, departmentId);
    }

    /** The section a department's fiscal review is routed to: the responsible one (the first by code if several). */
    public Optional<String> routingSection(String departmentCode) {
        return jdbc.sql("""
                        select s.code from section_department sd
                          join organisation d on d.id = sd.department_id
                          join organisation s on s.id = sd.section_id
                         where d.code = :d order by s.code limit 1""").param("d", departmentCode).query(String.class).optional();
    }

    /** The codes of the sections responsible for the department. */
    public List<String> responsibleSections(String departmentCode) {
        return jdbc.sql("""
                        select s.code from section_department sd
                          join organisation d on d.id = sd.department_id
                          join organisation s on s.id = sd.section_id
                         where d.code = :d order by s.code""").param("d", departmentCode).query(String.class).list();
    }

    /**
     * The active departments that have an active unit and no responsible section: their tables could not be routed
     * to a fiscal review. All regions when {@code regionCode} is null.
     */
    public List<Organisation> departmentsWithoutSection(@Nullable String regionCode) {
        return jdbc.sql("""
                        select d.* from organisation d
                         where d.kind = 'DEPARTMENT' and not d.deactivated
                           and (cast(:r as varchar) is null or d.region_code = cast(:r as varchar))
                           and exists (select 1 from organisation u
                                        where u.parent_id = d.id and u.kind = 'UNIT' and not u.deactivated)
                           and not exists (select 1 from section_department sd where sd.department_id = d.id)
                         order by d.code""").param("r", regionCode).query(ROW).list();
    }

    public boolean isDeactivated(long id) {
        return jdbc.sql("select deactivated from organisation where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The organisations with these codes that exist. */
    public List<Organisation> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from organisation where code in (:codes) order by code")
                .param("codes", List.copyOf(codes))
                .query(ROW)
                .list();
    }
}
