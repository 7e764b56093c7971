package cn.perftarget.domain.security;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Arrays;
import java.util.List;
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
 * The security log (安全审计日志): one append-only chain of events (table {@code security_event}, V4), each entry's
 * HMAC-SHA256 (keyed with the {@link ChainKey} kept outside the database) over its fields and the hash before it,
 * the chain's end kept in {@code security_head}; entries from before V6 keep their unkeyed SHA-256. The application
 * role may only insert and read entries; database triggers refuse to change or delete them even to the owner. An
 * entry is written in a transaction of its own, so that a refused action — rolled back — still leaves its trace, and
 * so does a failed login, which has no transaction at all.
 */
@Repository
public class SecurityLog {

    /** prevHash of the first entry */
    static final String GENESIS = "0".repeat(64);

    /** unkeyed SHA-256, entries from before V6 */
    static final String V1 = "security-v1";
    /** HMAC-SHA256 with the chain key */
    static final String V2 = "security-v2";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS =
            "seq, at, type, subject, object, outcome, client_address, details, prev_hash, hash, hash_format";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ChainKey key;

    public SecurityLog(NamedParameterJdbcTemplate jdbc, ObjectProvider<Clock> clock, ChainKey key) {
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.key = key;
    }

    /** Appends the event at the end of the chain, committed on its own whatever happens to the caller's work. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public SecurityLogEntry append(SecurityEvent event) {
        // the one row of the head, locked: appends take consecutive seqs, each chained to the one before
        Head head = jdbc.queryForObject(
                "select last_seq, last_hash from security_head where id = 1 for update",
                new MapSqlParameterSource(),
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long seq = head.lastSeq() + 1;
        String hash = hash(V2, seq, at, event, head.lastHash());
        jdbc.update(
                """
                insert into security_event (seq, at, type, subject, object, outcome, client_address, details,
                                            prev_hash, hash, hash_format)
                values (:seq, :at, :type, :subject, :object, :outcome, :client, :details, :prev, :hash, :format)""",
                new MapSqlParameterSource()
                        .addValue("seq", seq)
                        .addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .addValue("type", event.type().name())
                        .addValue("subject", event.subject())
                        .addValue("object", event.object())
                        .addValue("outcome", event.outcome().name())
                        .addValue("client", event.clientAddress())
                        .addValue("details", event.details())
                        .addValue("prev", head.lastHash())
                        .addValue("hash", hash)
                        .addValue("format", V2));
        jdbc.update(
                "update security_head set last_seq = :seq, last_hash = :hash where id = 1",
                new MapSqlParameterSource("seq", seq).addValue("hash", hash));
        return new SecurityLogEntry(seq, at, event, head.lastHash(), hash);
    }

    /** The newest entries first, at most {@code limit}; of one type when {@code type} is given. */
    @Transactional(readOnly = true)
    public List<SecurityLogEntry> latest(@Nullable SecurityEventType type, int limit) {
        return jdbc.query(
                "select " + COLUMNS + " from security_event where (cast(:type as varchar) is null or type = :type)"
                        + " order by seq desc limit :limit",
                new MapSqlParameterSource("type", type == null ? null : type.name())
                        .addValue("limit", Math.max(0, limit)),
                (rs, i) -> entry(rs));
    }

    /** What is wrong with the chain, in Chinese (as logged); empty when it is intact. */
    @Transactional(readOnly = true)
    public List<String> problems() {
        return verify(0, null, false, e -> {}).problems().stream()
                .map(MessageBundles.domain()::chinese)
                .toList();
    }

    /**
     * Checks the log against its chain and head, streaming its entries: every entry's hash, its link to the one
     * before, no gap, the head at the last entry; an unkeyed (security-v1) entry only before every keyed one and,
     * once anchors exist, only at or before the anchored entry, which must still be there with its anchored hash.
     * Call it in a transaction (REPEATABLE READ for one snapshot with the anchors).
     *
     * @param anchoredSeq  the entry the latest anchor recorded as the log's end, 0 when none
     * @param anchoredHash that entry's hash then, null when none
     * @param anchorsExist whether any anchor exists
     * @param each         receives every entry, oldest first
     */
    @Transactional(readOnly = true)
    public SecurityLogVerification verify(
            long anchoredSeq, @Nullable String anchoredHash, boolean anchorsExist, Consumer<SecurityLogEntry> each) {
        List<Message> problems = new ArrayList<>();
        long[] count = {0};
        String[] prev = {GENESIS};
        long[] expected = {1};
        boolean[] keyedBefore = {false};
        String[] anchoredFound = {null};
        jdbc.getJdbcTemplate().query(SecurityLog::streamAll, (RowCallbackHandler) rs -> {
            SecurityLogEntry e = entry(rs);
            String format = rs.getString("hash_format");
            long seq = e.seq();
            count[0]++;
            if (seq != expected[0]) {
                problems.add(Message.of("security.problem.missing", expected[0], seq - 1));
            }
            if (!hash(format, seq, e.at(), e.event(), e.prevHash()).equals(e.hash())) {
                problems.add(Message.of("security.problem.changed", seq));
            } else if (!e.prevHash().equals(prev[0])) {
                problems.add(Message.of("security.problem.relinked", seq));
            }
            if (!V1.equals(format)) {
                keyedBefore[0] = true;
            } else if (keyedBefore[0]) {
                problems.add(Message.of("security.problem.unkeyedAfterKeyed", seq));
            } else if (anchorsExist && seq > anchoredSeq) {
                problems.add(Message.of("security.problem.unkeyedUnanchored", seq));
            }
            if (seq == anchoredSeq) {
                anchoredFound[0] = e.hash();
            }
            each.accept(e);
            prev[0] = e.hash();
            expected[0] = seq + 1;
        });
        Head head = jdbc.queryForObject(
                "select last_seq, last_hash from security_head where id = 1",
                new MapSqlParameterSource(),
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        if (head.lastSeq() != expected[0] - 1 || !head.lastHash().equals(prev[0])) {
            problems.add(Message.of("security.problem.head", head.lastSeq(), expected[0] - 1));
        }
        if (anchoredSeq > 0 && anchoredHash != null) {
            if (anchoredFound[0] == null) {
                problems.add(Message.of("security.problem.anchoredMissing", anchoredSeq));
            } else if (!anchoredHash.equals(anchoredFound[0])) {
                problems.add(Message.of("security.problem.anchorMismatch", anchoredSeq));
            }
        }
        return new SecurityLogVerification(count[0], problems);
    }

    private String hash(String format, long seq, Instant at, SecurityEvent e, String prevHash) {
        return switch (format) {
            case V1 -> ChainKey.sha256(canonical(V1, seq, at, e, prevHash));
            case V2 -> key.mac(canonical(V2, seq, at, e, prevHash));
            default -> "";
        };
    }

    /** The JSON array [format, seq, at, type, subject, object, outcome, clientAddress, details, prevHash]. */
    private static String canonical(String format, long seq, Instant at, SecurityEvent e, String prevHash) {
        try {
            return JSON.writeValueAsString(Arrays.asList(
                    format,
                    seq,
                    at.toString(),
                    e.type().name(),
                    e.subject(),
                    e.object(),
                    e.outcome().name(),
                    e.clientAddress(),
                    e.details(),
                    prevHash));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** all entries, oldest first, fetched a few thousand at a time */
    private static PreparedStatement streamAll(Connection connection) throws SQLException {
        PreparedStatement st = connection.prepareStatement("select " + COLUMNS + " from security_event order by seq");
        st.setFetchSize(2000);
        return st;
    }

    private static SecurityLogEntry entry(ResultSet rs) throws SQLException {
        return new SecurityLogEntry(
                rs.getLong("seq"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                new SecurityEvent(
                        SecurityEventType.valueOf(rs.getString("type")),
                        rs.getString("subject"),
                        rs.getString("object"),
                        SecurityOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("client_address"),
                        rs.getString("details")),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private record Head(long lastSeq, String lastHash) {}
}
