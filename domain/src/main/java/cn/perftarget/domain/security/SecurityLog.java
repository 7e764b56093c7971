package cn.perftarget.domain.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security log (安全审计日志): one append-only hash chain of events (table {@code security_event}, V4), each
 * entry's hash over its fields and the hash before it, the chain's end kept in {@code security_head}. Database
 * triggers refuse to change or delete entries. An entry is written in a transaction of its own, so that a refused
 * action — rolled back — still leaves its trace, and so does a failed login, which has no transaction at all.
 */
@Repository
public class SecurityLog {

    /** prevHash of the first entry */
    static final String GENESIS = "0".repeat(64);

    private static final String FORMAT = "security-v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS =
            "seq, at, type, subject, object, outcome, client_address, details, prev_hash, hash";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public SecurityLog(NamedParameterJdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
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
        String hash = hash(seq, at, event, head.lastHash());
        jdbc.update(
                """
                insert into security_event (seq, at, type, subject, object, outcome, client_address, details,
                                            prev_hash, hash)
                values (:seq, :at, :type, :subject, :object, :outcome, :client, :details, :prev, :hash)""",
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
                        .addValue("hash", hash));
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
                (rs, i) -> new SecurityLogEntry(
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
                        rs.getString("hash")));
    }

    /** The seqs of the entries whose hash or link does not hold, and whether the head matches the last entry. */
    @Transactional(readOnly = true)
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        List<SecurityLogEntry> all = new ArrayList<>(latest(null, Integer.MAX_VALUE));
        java.util.Collections.reverse(all);
        String prev = GENESIS;
        long expected = 1;
        for (SecurityLogEntry e : all) {
            if (e.seq() != expected) {
                problems.add("missing entry before seq " + e.seq());
            }
            if (!e.prevHash().equals(prev)
                    || !hash(e.seq(), e.at(), e.event(), e.prevHash()).equals(e.hash())) {
                problems.add("entry " + e.seq() + " altered");
            }
            prev = e.hash();
            expected = e.seq() + 1;
        }
        Head head = jdbc.queryForObject(
                "select last_seq, last_hash from security_head where id = 1",
                new MapSqlParameterSource(),
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        if (head.lastSeq() != expected - 1 || !head.lastHash().equals(prev)) {
            problems.add("the head does not match the last entry");
        }
        return problems;
    }

    static String hash(long seq, Instant at, SecurityEvent e, String prevHash) {
        try {
            String canonical = JSON.writeValueAsString(Arrays.asList(
                    FORMAT,
                    seq,
                    at.toString(),
                    e.type().name(),
                    e.subject(),
                    e.object(),
                    e.outcome().name(),
                    e.clientAddress(),
                    e.details(),
                    prevHash));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private record Head(long lastSeq, String lastHash) {}
}
