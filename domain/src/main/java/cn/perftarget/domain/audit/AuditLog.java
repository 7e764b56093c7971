package cn.perftarget.domain.audit;

import cn.perftarget.domain.security.ChainKey;
import cn.perftarget.domain.table.TableRowLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit history of each target table: append-only (the application role may only insert and read it; triggers
 * refuse UPDATE, DELETE and TRUNCATE even to the owner) and tamper-evident (each entry's HMAC-SHA256, keyed with the
 * {@link ChainKey} kept outside the database, covers its fields and the previous entry's hash; the chain head records
 * the last seq and hash; entries from before V6 keep their unkeyed SHA-256).
 */
@Repository
public class AuditLog {

    private static final String COLUMNS = """
            e.id, e.table_id, e.seq, e.actor, e.actor_role, e.at, e.action, e.from_state, e.to_state, e.comment,
            e.revision_id, e.prev_hash, e.hash, e.hash_format""";
    /** the chain head and the last entry; both are normally the same entry */
    private static final String CHAIN_END = """
            select coalesce(h.last_seq, 0) as head_seq, h.last_hash as head_hash,
                   coalesce(e.seq, 0) as last_seq, e.hash as last_hash
            from (select cast(:table as bigint) as table_id) k
            left join audit_head h on h.table_id = k.table_id
            left join lateral (select seq, hash from audit_entry x where x.table_id = k.table_id
                               order by seq desc limit 1) e on true""";
    /** entries and head in one statement, hence from one snapshot even while others append */
    private static final String VERIFY = """
            select h.last_seq as head_seq, h.last_hash as head_hash, %s
            from (select cast(:table as bigint) as table_id) k
            left join audit_head h on h.table_id = k.table_id
            left join audit_entry e on e.table_id = k.table_id
            order by e.seq, e.id""".formatted(COLUMNS);

    /** every entry of every table, chain by chain */
    private static final String ALL_ENTRIES =
            "select " + COLUMNS + " from audit_entry e order by e.table_id, e.seq, e.id";

    private final NamedParameterJdbcTemplate jdbc;
    private final TableRowLock lock;
    private final Clock clock;
    private final AuditHasher hasher;

    public AuditLog(NamedParameterJdbcTemplate jdbc, TableRowLock lock, ObjectProvider<Clock> clock, ChainKey key) {
        this.jdbc = jdbc;
        this.lock = lock;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.hasher = new AuditHasher(key);
    }

    /**
     * Appends an entry to the table's history in the caller's transaction. The table's row lock, held until that
     * transaction ends, makes concurrent appends take consecutive seqs, each chained to the one before.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(AuditEvent event) {
        lock.lock(event.tableId());
        ChainEnd end = jdbc.queryForObject(
                CHAIN_END,
                new MapSqlParameterSource("table", event.tableId()),
                (rs, i) -> new ChainEnd(
                        rs.getInt("head_seq"),
                        rs.getString("head_hash"),
                        rs.getInt("last_seq"),
                        rs.getString("last_hash")));
        // timestamptz keeps microseconds: hash exactly what is stored
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StoredEntry entry = StoredEntry.of(event.tableId(), end.nextSeq(), at, event, end.prevHash(), hasher);
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("table", entry.tableId())
                .addValue("seq", entry.seq())
                .addValue("actor", entry.actor())
                .addValue("role", entry.actorRole())
                .addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .addValue("action", entry.action())
                .addValue("from", entry.fromState())
                .addValue("to", entry.toState())
                .addValue("comment", entry.comment())
                .addValue("revision", entry.revisionId())
                .addValue("prev", entry.prevHash())
                .addValue("hash", entry.hash())
                .addValue("format", entry.format());
        // the entry and the chain's head in one statement (the head's guard trigger still checks it moves forward)
        Long id = jdbc.queryForObject("""
                with entry as (
                    insert into audit_entry (table_id, seq, actor, actor_role, at, action, from_state, to_state,
                                             comment, revision_id, prev_hash, hash, hash_format)
                    values (:table, :seq, :actor, :role, :at, :action, :from, :to, :comment, :revision, :prev, :hash,
                            :format)
                    returning id),
                head as (
                    insert into audit_head (table_id, last_seq, last_hash) values (:table, :seq, :hash)
                    on conflict (table_id) do update set last_seq = excluded.last_seq, last_hash = excluded.last_hash)
                select id from entry""", p, Long.class);
        return entry.withId(id, entry.hash()).toEntry();
    }

    /** The table's history, oldest first. */
    public List<AuditEntry> history(long tableId) {
        return jdbc.query(
                "select " + COLUMNS + " from audit_entry e where e.table_id = :table order by e.seq",
                new MapSqlParameterSource("table", tableId),
                (rs, i) -> stored(rs).toEntry());
    }

    /**
     * Checks the table's history against its hash chain; lists every tampered, missing or reordered entry. The
     * chain on its own: {@link #verifyAll} also holds it against the anchors.
     */
    public AuditVerification verify(long tableId) {
        List<StoredEntry> entries = new ArrayList<>();
        AuditChainVerifier.@Nullable Head[] head = new AuditChainVerifier.Head[1];
        jdbc.query(VERIFY, new MapSqlParameterSource("table", tableId), (RowCallbackHandler) rs -> {
            if (rs.getObject("head_seq") != null) {
                head[0] = new AuditChainVerifier.Head(rs.getInt("head_seq"), rs.getString("head_hash"));
            }
            if (rs.getObject("id") != null) {
                entries.add(stored(rs));
            }
        });
        return AuditChainVerifier.verify(tableId, entries, head[0], hasher);
    }

    /**
     * Checks every table's history — each table with entries or a head — against its chain and its anchored head,
     * streaming the entries (one table's entries in memory at a time); call it in a transaction (REPEATABLE READ for
     * one snapshot of all chains).
     *
     * @param anchored     the latest anchored head of each table that has one
     * @param anchorsExist whether any anchor exists
     * @param each         receives the result of each table, in the order of the table ids
     */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public void verifyAll(Map<Long, AnchoredHead> anchored, boolean anchorsExist, Consumer<AuditVerification> each) {
        Map<Long, AuditChainVerifier.Head> heads = new HashMap<>();
        jdbc.query("select table_id, last_seq, last_hash from audit_head", (RowCallbackHandler)
                rs -> heads.put(rs.getLong(1), new AuditChainVerifier.Head(rs.getInt(2), rs.getString(3))));
        List<StoredEntry> chain = new ArrayList<>();
        long[] current = {-1};
        Runnable flush = () -> {
            if (!chain.isEmpty()) {
                long table = current[0];
                each.accept(AuditChainVerifier.verify(
                        table, chain, heads.remove(table), hasher, anchored.get(table), anchorsExist));
                chain.clear();
            }
        };
        jdbc.getJdbcTemplate().query(AuditLog::streamAll, (RowCallbackHandler) rs -> {
            StoredEntry e = stored(rs);
            if (e.tableId() != current[0]) {
                flush.run();
                current[0] = e.tableId();
            }
            chain.add(e);
        });
        flush.run();
        // heads whose entries are all gone
        new TreeMap<>(heads)
                .forEach((table, head) -> each.accept(
                        AuditChainVerifier.verify(table, List.of(), head, hasher, anchored.get(table), anchorsExist)));
    }

    /**
     * Where the chain goes on: after the head, or after the last entry should that be further on. Appending thus
     * keeps working after entries or the head were removed behind the application's back, and verification
     * still reports the gap.
     */
    private record ChainEnd(int headSeq, String headHash, int lastSeq, String lastHash) {

        int nextSeq() {
            return Math.max(headSeq, lastSeq) + 1;
        }

        String prevHash() {
            if (lastSeq > headSeq) {
                return lastHash;
            }
            return headSeq == 0 ? AuditHasher.GENESIS : headHash;
        }
    }

    /** all entries, fetched a few thousand at a time (in a transaction, PostgreSQL's driver then uses a cursor) */
    private static PreparedStatement streamAll(Connection connection) throws SQLException {
        PreparedStatement st = connection.prepareStatement(ALL_ENTRIES);
        st.setFetchSize(2000);
        return st;
    }

    private static StoredEntry stored(ResultSet rs) throws SQLException {
        return new StoredEntry(
                rs.getLong("id"),
                rs.getLong("table_id"),
                rs.getInt("seq"),
                rs.getString("actor"),
                rs.getString("actor_role"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("action"),
                rs.getString("from_state"),
                rs.getString("to_state"),
                rs.getString("comment"),
                rs.getObject("revision_id", Long.class),
                rs.getString("prev_hash"),
                rs.getString("hash"),
                rs.getString("hash_format"));
    }
}
