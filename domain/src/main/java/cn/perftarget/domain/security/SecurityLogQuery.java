package cn.perftarget.domain.security;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The security log as the 审计管理员 reads it: filtered, newest first, one page at a time. */
@Repository
@Transactional(readOnly = true)
public class SecurityLogQuery {

    private static final String WHERE = """
             where (cast(:type as varchar) is null or type = :type)
               and (cast(:outcome as varchar) is null or outcome = :outcome)
               and (cast(:person as varchar) is null or lower(subject) = :person or lower(object) = :person)
               and (cast(:from as timestamptz) is null or at >= :from)
               and (cast(:to as timestamptz) is null or at < :to)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public SecurityLogQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count(SecurityLogFilter filter) {
        Long n = jdbc.queryForObject("select count(*) from security_event" + WHERE, params(filter), Long.class);
        return n == null ? 0 : n;
    }

    public List<SecurityLogEntry> page(SecurityLogFilter filter, int offset, int limit) {
        return jdbc.query(
                "select seq, at, type, subject, object, outcome, client_address, details, prev_hash, hash"
                        + " from security_event" + WHERE + " order by seq desc offset :offset limit :limit",
                params(filter).addValue("offset", Math.max(0, offset)).addValue("limit", Math.max(0, limit)),
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

    private static MapSqlParameterSource params(SecurityLogFilter f) {
        String person = f.person() == null || f.person().isBlank()
                ? null
                : f.person().strip().toLowerCase(java.util.Locale.ROOT);
        return new MapSqlParameterSource()
                .addValue("type", f.type() == null ? null : f.type().name())
                .addValue("outcome", f.outcome() == null ? null : f.outcome().name())
                .addValue("person", person)
                .addValue("from", f.from() == null ? null : OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC))
                .addValue("to", f.to() == null ? null : OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC));
    }
}
