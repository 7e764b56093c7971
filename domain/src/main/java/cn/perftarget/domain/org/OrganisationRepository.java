package cn.perftarget.domain.org;

import java.util.List;
import java.util.Optional;
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
}
