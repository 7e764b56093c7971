package cn.perftarget.workflow.apiclient;

import cn.perftarget.domain.user.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code api_client} and {@code api_token} (V15). */
@Repository
class ApiTokenStore {

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertClient(String name, long userId, Role role, String createdBy) {
        return jdbc.sql(
                        "insert into api_client (name, user_id, role, created_by) values (:n, :u, :r, :by) returning id")
                .param("n", name)
                .param("r", role.name())
                .param("u", userId)
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("select count(*) from api_client where name = :n")
                        .param("n", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertToken(String hash, long userId, @Nullable Long clientId, String createdBy, Instant expiresAt) {
        return jdbc.sql("""
                        insert into api_token (token_hash, user_id, client_id, created_by, expires_at)
                        values (:h, :u, :c, :by, :exp) returning id""")
                .param("h", hash)
                .param("u", userId)
                .param("c", clientId)
                .param("by", createdBy)
                .param("exp", Timestamp.from(expiresAt))
                .query(Long.class)
                .single();
    }

    /** Revokes every token of the client still valid; the number revoked. */
    int revokeClientTokens(long clientId, Instant at) {
        return jdbc.sql("update api_token set revoked_at = :at where client_id = :c and revoked_at is null")
                .param("at", Timestamp.from(at))
                .param("c", clientId)
                .update();
    }

    boolean revokeClient(long clientId, Instant at) {
        return jdbc.sql("update api_client set revoked_at = :at where id = :c and revoked_at is null")
                        .param("at", Timestamp.from(at))
                        .param("c", clientId)
                        .update()
                > 0;
    }

    /** Revokes a personal token of the user; false when the user has no such token still valid. */
    boolean revokePersonal(long userId, long tokenId, Instant at) {
        return jdbc.sql("""
                        update api_token set revoked_at = :at
                        where id = :t and user_id = :u and client_id is null and revoked_at is null""")
                        .param("at", Timestamp.from(at))
                        .param("t", tokenId)
                        .param("u", userId)
                        .update()
                > 0;
    }

    Optional<ApiClientInfo> client(long clientId) {
        return jdbc.sql(CLIENTS + " where c.id = :c")
                .param("c", clientId)
                .query(ApiTokenStore::client)
                .optional();
    }

    List<ApiClientInfo> clients() {
        return jdbc.sql(CLIENTS + " order by c.name")
                .query(ApiTokenStore::client)
                .list();
    }

    List<PersonalToken> personalTokens(long userId) {
        return jdbc.sql("""
                        select id, created_at, expires_at, revoked_at, last_used_at from api_token
                        where user_id = :u and client_id is null order by created_at desc, id desc""")
                .param("u", userId)
                .query((rs, i) -> new PersonalToken(
                        rs.getLong(1), instant(rs, 2), instant(rs, 3), nullableInstant(rs, 4), nullableInstant(rs, 5)))
                .list();
    }

    /** A valid token's owner and when the token was last used (null: never). */
    record Valid(TokenOwner owner, @Nullable Instant lastUsed) {}

    /** The owner of a token that is neither revoked nor expired (nor of a revoked client) at {@code now}. */
    Optional<Valid> valid(String hash, Instant now) {
        return jdbc.sql("""
                        select t.id, u.id, u.username, c.id, c.name, t.last_used_at from api_token t
                        join app_user u on u.id = t.user_id
                        left join api_client c on c.id = t.client_id
                        where t.token_hash = :h and t.revoked_at is null and t.expires_at > :now
                          and c.revoked_at is null""")
                .param("h", hash)
                .param("now", Timestamp.from(now))
                .query((rs, i) -> {
                    Timestamp lastUsed = rs.getTimestamp(6);
                    return new Valid(
                            new TokenOwner(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getObject(4) == null ? null : rs.getLong(4),
                                    rs.getString(5)),
                            lastUsed == null ? null : lastUsed.toInstant());
                })
                .optional();
    }

    /**
     * Notes when a token was last used, at most once a minute. The note is informational: it commits without waiting
     * for the disk ({@code synchronous_commit} off for this transaction alone, which runs no other write), so an API
     * call does not wait for a flush to record it; a crash may lose the last minute's notes, nothing else.
     */
    void touch(long tokenId, Instant now) {
        jdbc.sql("set local synchronous_commit to off").update();
        jdbc.sql("""
                        update api_token set last_used_at = :now
                        where id = :t and (last_used_at is null or last_used_at < cast(:now as timestamptz) - interval '1 minute')""").param("now", Timestamp.from(now)).param("t", tokenId).update();
    }

    private static final String CLIENTS = """
            select c.id, c.name, u.username, c.role, o.code, o.name, c.created_by, c.created_at,
                   (select max(t.expires_at) from api_token t where t.client_id = c.id and t.revoked_at is null),
                   c.revoked_at
            from api_client c
            join app_user u on u.id = c.user_id
            join organisation o on o.id = u.organisation_id""";

    private static ApiClientInfo client(ResultSet rs, int row) throws SQLException {
        return new ApiClientInfo(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                Role.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                instant(rs, 8),
                nullableInstant(rs, 9),
                nullableInstant(rs, 10));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
