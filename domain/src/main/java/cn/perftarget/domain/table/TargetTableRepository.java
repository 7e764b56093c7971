package cn.perftarget.domain.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Target tables with their current content (jsonb) and workflow columns. Writes join the caller's transaction
 * and refuse to run without one, so a change never commits apart from its audit entry.
 * Project code, name and 预算数 are copied from the content into columns for queries.
 */
@Repository
public class TargetTableRepository {

    private static final String COLUMNS = """
            id, unit_id, fiscal_year, status, adjusting, content::text as content, approved_revision_id,
            created_at, updated_at, submitted_at, version""";
    private static final String UNIQUE_CODE_INDEX = "target_table_year_code_uq";
    /** numeric(14,2): amounts from 10^12 on do not fit and are treated as unreadable */
    private static final BigDecimal BUDGET_LIMIT = new BigDecimal("1E12");

    private final NamedParameterJdbcTemplate jdbc;
    private final TableCodec codec;
    private final RowMapper<StoredTable> rowMapper = this::map;

    private final TableRowLock lock;

    public TargetTableRepository(NamedParameterJdbcTemplate jdbc, TableCodec codec, TableRowLock lock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.lock = lock;
    }

    /** A new table in state 编制中. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredTable insert(long unitId, int fiscalYear, TargetTable content) {
        return insert(unitId, fiscalYear, TableStatus.DRAFTING, content);
    }

    /** A new table in the given state (e.g. approved tables taken over from an earlier system). */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredTable insert(long unitId, int fiscalYear, TableStatus status, TargetTable content) {
        MapSqlParameterSource p = contentParams(content)
                .addValue("unit", unitId)
                .addValue("year", fiscalYear)
                .addValue("status", status.name());
        try {
            return jdbc.queryForObject("""
                    insert into target_table (unit_id, fiscal_year, project_code, project_name, budget, status, content)
                    values (:unit, :year, :code, :name, :budget, :status, cast(:content as jsonb))
                    returning""" + " " + COLUMNS, p, rowMapper);
        } catch (DuplicateKeyException e) {
            throw translate(e, fiscalYear, content);
        }
    }

    public Optional<StoredTable> findById(long id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from target_table where id = :id",
                        new MapSqlParameterSource("id", id),
                        rowMapper)
                .stream()
                .findFirst();
    }

    public StoredTable get(long id) {
        return findById(id).orElseThrow(() -> new TableNotFoundException(id));
    }

    /** A table locked and read with more columns of its row, which another module keeps there. */
    public record Locked<E>(StoredTable table, E extra) {}

    /**
     * Locks the table's row for the rest of the caller's transaction ({@link TableRowLock}) and reads it with
     * {@code extraColumns} of the same row mapped by {@code extra} (e.g. the columns of the table's approval round), in
     * one statement; fails when there is no such table.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <E> Locked<E> lockAndGet(long id, String extraColumns, RowMapper<E> extra) {
        return lock.lockReading(
                id,
                mustLock -> jdbc
                        .query(
                                "select " + COLUMNS + ", " + extraColumns + " from target_table where id = :id"
                                        + (mustLock ? " for no key update" : ""),
                                new MapSqlParameterSource("id", id),
                                (rs, i) -> new Locked<>(map(rs, i), extra.mapRow(rs, i)))
                        .stream()
                        .findFirst());
    }

    /** The table with this 项目编码 in this year; a blank code finds nothing. */
    public Optional<StoredTable> findByYearAndCode(int fiscalYear, String projectCode) {
        String code = projectCode == null ? "" : projectCode.strip();
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "select " + COLUMNS + " from target_table where fiscal_year = :year and project_code = :code",
                        new MapSqlParameterSource("year", fiscalYear).addValue("code", code),
                        rowMapper)
                .stream()
                .findFirst();
    }

    /** The tables of one unit and year, in creation order. */
    public List<StoredTable> findByUnit(long unitId, int fiscalYear) {
        return jdbc.query(
                "select " + COLUMNS + " from target_table where unit_id = :unit and fiscal_year = :year order by id",
                new MapSqlParameterSource("unit", unitId).addValue("year", fiscalYear),
                rowMapper);
    }

    /** The tables of every unit of one department and year, by unit code, each unit's in creation order. */
    public List<StoredTable> findByDepartment(long departmentId, int fiscalYear) {
        return jdbc.query(
                "select " + COLUMNS + " from target_table where fiscal_year = :year"
                        + " and unit_id in (select id from organisation where parent_id = :department)"
                        + " order by (select code from organisation o where o.id = unit_id), id",
                new MapSqlParameterSource("department", departmentId).addValue("year", fiscalYear),
                rowMapper);
    }

    /**
     * Writes every column of {@code table} if nobody changed the row since {@code table.version()} was read.
     *
     * @return the row as now stored, with the next version
     * @throws StaleTableException    when the version changed
     * @throws TableNotFoundException when there is no such table
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredTable update(StoredTable table) {
        MapSqlParameterSource p = contentParams(table.content())
                .addValue("id", table.id())
                .addValue("version", table.version())
                .addValue("unit", table.unitId())
                .addValue("year", table.fiscalYear())
                .addValue("status", table.status().name())
                .addValue("adjusting", table.adjusting())
                .addValue("approved", table.approvedRevisionId())
                .addValue("submitted", toTimestamp(table.submittedAt()));
        List<StoredTable> updated;
        try {
            updated = jdbc.query("""
                    update target_table set unit_id = :unit, fiscal_year = :year, project_code = :code,
                        project_name = :name, budget = :budget, status = :status, adjusting = :adjusting,
                        content = cast(:content as jsonb), approved_revision_id = :approved,
                        submitted_at = :submitted, updated_at = now(), version = version + 1
                    where id = :id and version = :version
                    returning""" + " " + COLUMNS, p, rowMapper);
        } catch (DuplicateKeyException e) {
            throw translate(e, table.fiscalYear(), table.content());
        }
        return single(updated, table.id());
    }

    /**
     * Writes where the table stands — status, adjusting, the approved revision, the submission time — and leaves its
     * content, unit and year as stored: what the approval steps change. The content, the largest column, is neither
     * written nor read back. Same optimistic lock as {@link #update}.
     */
    public StoredTable updateState(StoredTable table) {
        return updateState(table, MoreColumns.NONE);
    }

    /**
     * Columns of the table's row that another module keeps (its approval round, its last grade), written with the
     * state in the same statement: {@code assignments} as in a SET clause, with their named parameters.
     */
    public record MoreColumns(String assignments, Map<String, ?> parameters) {

        public static final MoreColumns NONE = new MoreColumns("", Map.of());

        public boolean isEmpty() {
            return assignments.isBlank();
        }

        public MoreColumns and(MoreColumns more) {
            Map<String, Object> all = new java.util.HashMap<>(parameters);
            all.putAll(more.parameters());
            return new MoreColumns(isEmpty() ? more.assignments() : assignments + ", " + more.assignments(), all);
        }
    }

    /** As {@link #updateState(StoredTable)}, writing {@code more} columns of the row in the same statement. */
    public StoredTable updateState(StoredTable table, MoreColumns more) {
        MapSqlParameterSource p = new MapSqlParameterSource(more.parameters())
                .addValue("id", table.id())
                .addValue("version", table.version())
                .addValue("status", table.status().name())
                .addValue("adjusting", table.adjusting())
                .addValue("approved", table.approvedRevisionId())
                .addValue("submitted", toTimestamp(table.submittedAt()));
        List<StoredTable> updated = jdbc.query(
                """
                update target_table set status = :status, adjusting = :adjusting, approved_revision_id = :approved,
                    submitted_at = :submitted, updated_at = now(), version = version + 1%s
                where id = :id and version = :version
                returning unit_id, fiscal_year, created_at, updated_at, submitted_at, version""".formatted(more.isEmpty() ? "" : ", " + more.assignments()),
                p,
                (rs, i) -> new StoredTable(
                        table.id(),
                        rs.getLong("unit_id"),
                        rs.getInt("fiscal_year"),
                        table.status(),
                        table.adjusting(),
                        table.content(),
                        table.approvedRevisionId(),
                        requiredInstant(rs, "created_at"),
                        requiredInstant(rs, "updated_at"),
                        instant(rs, "submitted_at"),
                        rs.getInt("version")));
        return single(updated, table.id());
    }

    /** The row an optimistic update returned; none: the table is gone or someone changed it first. */
    private StoredTable single(List<StoredTable> updated, long id) {
        if (updated.isEmpty()) {
            if (findById(id).isEmpty()) {
                throw new TableNotFoundException(id);
            }
            throw new StaleTableException(id);
        }
        return updated.get(0);
    }

    private MapSqlParameterSource contentParams(TargetTable content) {
        return new MapSqlParameterSource()
                .addValue("code", content.projectCode().strip())
                .addValue("name", content.projectName().strip())
                .addValue("budget", budgetColumn(content).orElse(null))
                .addValue("content", codec.write(content));
    }

    /** 预算数 for the numeric column: two decimals, empty when blank, unreadable or too large. */
    static Optional<BigDecimal> budgetColumn(TargetTable content) {
        return content.budget()
                .amount()
                .map(a -> a.setScale(2, RoundingMode.HALF_UP))
                .filter(a -> a.abs().compareTo(BUDGET_LIMIT) < 0);
    }

    /** The unique index of 项目编码 per year, by the constraint the database names (not by its message text). */
    private static RuntimeException translate(DuplicateKeyException e, int fiscalYear, TargetTable content) {
        if (e.getMostSpecificCause() instanceof PSQLException p
                && p.getServerErrorMessage() != null
                && UNIQUE_CODE_INDEX.equals(p.getServerErrorMessage().getConstraint())) {
            return new DuplicateProjectCodeException(
                    fiscalYear, content.projectCode().strip(), e);
        }
        return e;
    }

    private StoredTable map(ResultSet rs, int row) throws SQLException {
        return new StoredTable(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getInt("fiscal_year"),
                TableStatus.valueOf(rs.getString("status")),
                rs.getBoolean("adjusting"),
                codec.read(rs.getString("content")),
                rs.getObject("approved_revision_id", Long.class),
                requiredInstant(rs, "created_at"),
                requiredInstant(rs, "updated_at"),
                instant(rs, "submitted_at"),
                rs.getInt("version"));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** A timestamp column declared NOT NULL. */
    static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
        Instant t = instant(rs, column);
        if (t == null) {
            throw new IllegalStateException(column + " is null");
        }
        return t;
    }

    static @Nullable OffsetDateTime toTimestamp(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
