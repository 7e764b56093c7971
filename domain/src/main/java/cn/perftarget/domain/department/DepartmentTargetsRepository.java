package cn.perftarget.domain.department;

import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.json.DepartmentTargetsJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department parts (部门整体绩效目标), one per department and fiscal year, and the history of their changes. A save
 * is optimistic (the version the caller read) and writes its change into the append-only history in the same
 * transaction, which it requires.
 */
@Repository
public class DepartmentTargetsRepository {

    private static final String COLUMNS =
            "department_id, fiscal_year, content::text as content, version, updated_by, updated_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public DepartmentTargetsRepository(NamedParameterJdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    public Optional<StoredDepartmentTargets> find(long departmentId, int fiscalYear) {
        return jdbc
                .query(
                        "select " + COLUMNS
                                + " from department_targets where department_id = :department and fiscal_year = :year",
                        key(departmentId, fiscalYear),
                        (rs, i) -> map(rs))
                .stream()
                .findFirst();
    }

    /**
     * Stores {@code content} as the department's part of the year if nobody saved it since the caller read version
     * {@code expectedVersion} (0: the caller saw none), and records the change.
     *
     * @return the part as now stored, with the next version
     * @throws StaleDepartmentTargetsException when the version changed (or a part appeared meanwhile)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredDepartmentTargets save(
            long departmentId,
            int fiscalYear,
            DepartmentTargets content,
            int expectedVersion,
            String actor,
            ChangeSource source) {
        Optional<StoredDepartmentTargets> current = jdbc
                .query(
                        "select " + COLUMNS + " from department_targets"
                                + " where department_id = :department and fiscal_year = :year for update",
                        key(departmentId, fiscalYear),
                        (rs, i) -> map(rs))
                .stream()
                .findFirst();
        int currentVersion = current.map(StoredDepartmentTargets::version).orElse(0);
        if (currentVersion != expectedVersion) {
            throw new StaleDepartmentTargetsException();
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String json = DepartmentTargetsJson.write(content);
        MapSqlParameterSource p = key(departmentId, fiscalYear)
                .addValue("content", json)
                .addValue(
                        "old",
                        current.map(c -> DepartmentTargetsJson.write(c.content()))
                                .orElse(null))
                .addValue("version", currentVersion + 1)
                .addValue("expected", expectedVersion)
                .addValue("actor", actor)
                .addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .addValue("source", source.name());
        try {
            if (current.isEmpty()) {
                jdbc.update("""
                        insert into department_targets (department_id, fiscal_year, content, version, updated_by,
                                                        updated_at)
                        values (:department, :year, cast(:content as jsonb), :version, :actor, :at)""", p);
            } else {
                jdbc.update("""
                        update department_targets set content = cast(:content as jsonb), version = :version,
                            updated_by = :actor, updated_at = :at
                        where department_id = :department and fiscal_year = :year and version = :expected""", p);
            }
            jdbc.update("""
                    insert into department_targets_change (department_id, fiscal_year, version, changed_by,
                                                           changed_at, source, old_content, new_content)
                    values (:department, :year, :version, :actor, :at, :source, cast(:old as jsonb),
                            cast(:content as jsonb))""", p);
        } catch (DuplicateKeyException e) {
            // another transaction stored the first version meanwhile
            throw new StaleDepartmentTargetsException();
        }
        return new StoredDepartmentTargets(departmentId, fiscalYear, content, currentVersion + 1, actor, at);
    }

    /** Every change of the department's part of the year, oldest first. */
    public List<DepartmentTargetsChange> history(long departmentId, int fiscalYear) {
        return jdbc.query("""
                select department_id, fiscal_year, version, changed_by, changed_at, source,
                       old_content::text as old_content, new_content::text as new_content
                from department_targets_change where department_id = :department and fiscal_year = :year
                order by version""", key(departmentId, fiscalYear), (rs, i) -> {
            String old = rs.getString("old_content");
            return new DepartmentTargetsChange(
                    rs.getLong("department_id"),
                    rs.getInt("fiscal_year"),
                    rs.getInt("version"),
                    rs.getString("changed_by"),
                    instant(rs, "changed_at"),
                    ChangeSource.valueOf(rs.getString("source")),
                    old == null ? null : DepartmentTargetsJson.read(old),
                    DepartmentTargetsJson.read(rs.getString("new_content")));
        });
    }

    private static MapSqlParameterSource key(long departmentId, int fiscalYear) {
        return new MapSqlParameterSource("department", departmentId).addValue("year", fiscalYear);
    }

    private static StoredDepartmentTargets map(ResultSet rs) throws SQLException {
        return new StoredDepartmentTargets(
                rs.getLong("department_id"),
                rs.getInt("fiscal_year"),
                DepartmentTargetsJson.read(rs.getString("content")),
                rs.getInt("version"),
                rs.getString("updated_by"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        if (t == null) {
            throw new IllegalStateException(column + " is null");
        }
        return t.toInstant();
    }
}
