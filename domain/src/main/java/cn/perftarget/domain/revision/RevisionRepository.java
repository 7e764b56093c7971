package cn.perftarget.domain.revision;

import cn.perftarget.domain.table.TableCodec;
import cn.perftarget.domain.table.TableRowLock;
import cn.perftarget.domain.table.TargetTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Frozen revisions of target tables. The database refuses to change or delete a revision once written. */
@Repository
public class RevisionRepository {

    private static final String COLUMNS =
            "id, table_id, revision_no, kind, snapshot::text as snapshot, created_by, created_at";

    /** The table's next revision number; the table's row lock makes concurrent freezes take them one by one. */
    private static final String NEXT_REVISION_NO =
            "(select coalesce(max(revision_no), 0) + 1 from table_revision where table_id = :table)";

    private final NamedParameterJdbcTemplate jdbc;
    private final TableCodec codec;
    private final TableRowLock lock;
    private final RowMapper<Revision> rowMapper = this::map;

    public RevisionRepository(NamedParameterJdbcTemplate jdbc, TableCodec codec, TableRowLock lock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.lock = lock;
    }

    /**
     * Freezes {@code snapshot} as the table's next revision. Holds the table's row lock until the caller's
     * transaction ends, so concurrent freezes number their revisions one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Revision freeze(long tableId, RevisionKind kind, TargetTable snapshot, String createdBy) {
        Objects.requireNonNull(snapshot, "snapshot");
        requireKindAndFreezer(kind, createdBy);
        lock.lock(tableId);
        MapSqlParameterSource p = new MapSqlParameterSource("table", tableId)
                .addValue("kind", kind.name())
                .addValue("snapshot", codec.write(snapshot))
                .addValue("by", createdBy);
        // the snapshot is the one given: only what the database made is read back (not the table's JSON again)
        return jdbc.queryForObject(
                """
                insert into table_revision (table_id, revision_no, kind, snapshot, created_by)
                values (:table, %s, :kind, cast(:snapshot as jsonb), :by)
                returning id, revision_no, created_at""".formatted(NEXT_REVISION_NO),
                p,
                (rs, i) -> new Revision(
                        rs.getLong("id"),
                        tableId,
                        rs.getInt("revision_no"),
                        kind,
                        snapshot,
                        createdBy,
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()));
    }

    /**
     * Freezes an earlier revision of the same table again, as its next revision of {@code kind} (批复: the revision
     * under review becomes the approved one): the snapshot is copied inside the database, as stored, in one statement.
     * Empty when the table has no revision {@code revisionId}. Holds the table's row lock as {@link #freeze} does.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Revision> refreeze(long tableId, long revisionId, RevisionKind kind, String createdBy) {
        requireKindAndFreezer(kind, createdBy);
        lock.lock(tableId);
        MapSqlParameterSource p = new MapSqlParameterSource("table", tableId)
                .addValue("from", revisionId)
                .addValue("kind", kind.name())
                .addValue("by", createdBy);
        return jdbc.query("""
                        insert into table_revision (table_id, revision_no, kind, snapshot, created_by)
                        select r.table_id, %s, :kind, r.snapshot, :by
                          from table_revision r
                         where r.id = :from and r.table_id = :table
                        returning %s""".formatted(NEXT_REVISION_NO, COLUMNS), p, rowMapper).stream()
                .findFirst();
    }

    private static void requireKindAndFreezer(RevisionKind kind, String createdBy) {
        Objects.requireNonNull(kind, "kind");
        if (createdBy == null || createdBy.isBlank()) {
            throw new IllegalArgumentException("a frozen revision needs who froze it");
        }
    }

    /** All revisions of a table, oldest first. */
    public List<Revision> listByTable(long tableId) {
        return jdbc.query(
                "select " + COLUMNS + " from table_revision where table_id = :table order by revision_no",
                new MapSqlParameterSource("table", tableId),
                rowMapper);
    }

    public Optional<Revision> findById(long id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from table_revision where id = :id",
                        new MapSqlParameterSource("id", id),
                        rowMapper)
                .stream()
                .findFirst();
    }

    public Optional<Revision> find(long tableId, int revisionNo) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from table_revision where table_id = :table and revision_no = :no",
                        new MapSqlParameterSource("table", tableId).addValue("no", revisionNo),
                        rowMapper)
                .stream()
                .findFirst();
    }

    /** The newest revision of a table. */
    public Optional<Revision> latest(long tableId) {
        return jdbc
                .query(
                        "select " + COLUMNS
                                + " from table_revision where table_id = :table order by revision_no desc limit 1",
                        new MapSqlParameterSource("table", tableId),
                        rowMapper)
                .stream()
                .findFirst();
    }

    private Revision map(ResultSet rs, int row) throws SQLException {
        return new Revision(
                rs.getLong("id"),
                rs.getLong("table_id"),
                rs.getInt("revision_no"),
                RevisionKind.valueOf(rs.getString("kind")),
                codec.read(rs.getString("snapshot")),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
