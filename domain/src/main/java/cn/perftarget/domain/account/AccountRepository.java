package cn.perftarget.domain.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sign-in state of the accounts (V7 columns of {@code app_user}): each change is one statement. */
@Repository
public class AccountRepository {

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountState> find(String username) {
        return jdbc.sql("""
                        select username, password_hash, enabled, must_change_password, failed_logins, locked_until,
                               totp_secret, totp_last_step
                          from app_user where username = :u""").param("u", username).query(AccountRepository::map).optional();
    }

    /**
     * Counts a wrong password or code, in one statement: a lock that has run out starts the count again; the
     * {@code max}-th failure in a row locks the account until {@code now + duration}.
     */
    public Optional<Failure> recordFailure(String username, Instant now, LockoutPolicy policy) {
        return jdbc.sql("""
                        with before as (select id, locked_until from app_user where username = :u for update)
                        update app_user a
                           set failed_logins = case when b.locked_until is not null and b.locked_until <= :now
                                                    then 1 else a.failed_logins + 1 end,
                               locked_until = case
                                   when b.locked_until is not null and b.locked_until > :now then b.locked_until
                                   when (case when b.locked_until is not null and b.locked_until <= :now
                                              then 1 else a.failed_logins + 1 end) >= :max then :until
                                   end
                          from before b
                         where a.id = b.id
                        returning a.failed_logins, a.locked_until, b.locked_until as was_locked""")
                .param("u", username)
                .param("now", at(now))
                .param("max", policy.maxFailures())
                .param("until", at(now.plus(policy.duration())))
                .query((rs, i) -> {
                    Instant until = instant(rs, "locked_until");
                    Instant was = instant(rs, "was_locked");
                    boolean newly = until != null && (was == null || !was.isAfter(now));
                    return new Failure(rs.getInt("failed_logins"), until, newly);
                })
                .optional();
    }

    /** A successful sign-in: the count of failures starts again. */
    public void recordSuccess(String username) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username = :u"
                        + " and (failed_logins <> 0 or locked_until is not null)")
                .param("u", username)
                .update();
    }

    /** Lifts the lock; false when the account was not locked at {@code now}. */
    public boolean unlock(String username, Instant now) {
        return jdbc.sql("update app_user set failed_logins = 0, locked_until = null"
                                + " where username = :u and locked_until > :now")
                        .param("u", username)
                        .param("now", at(now))
                        .update()
                > 0;
    }

    /** The accounts locked at {@code now}, the lock ending last first. */
    public List<LockedAccount> locked(Instant now) {
        return jdbc.sql("""
                        select u.username, u.display_name, o.name as org, u.failed_logins, u.locked_until
                          from app_user u join organisation o on o.id = u.organisation_id
                         where u.locked_until > :now
                         order by u.locked_until desc, u.username""")
                .param("now", at(now))
                .query((rs, i) -> new LockedAccount(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("org"),
                        rs.getInt("failed_logins"),
                        rs.getTimestamp("locked_until").toInstant()))
                .list();
    }

    /** A new password hash; {@code mustChange} when it was set by someone else (a reset, the first administrators). */
    public void setPassword(String username, String hash, boolean mustChange, Instant now) {
        jdbc.sql("update app_user set password_hash = :h, must_change_password = :m, password_changed_at = :now"
                        + " where username = :u")
                .param("u", username)
                .param("h", hash)
                .param("m", mustChange)
                .param("now", at(now))
                .update();
    }

    /** Marks the password as one to change at the next sign-in. */
    public void requirePasswordChange(String username) {
        jdbc.sql("update app_user set must_change_password = true where username = :u")
                .param("u", username)
                .update();
    }

    /** Stores the sealed TOTP secret (null: removes the second factor) and the step of the code that confirmed it. */
    public void setSecondFactor(String username, @Nullable String sealedSecret, @Nullable Long step) {
        jdbc.sql("update app_user set totp_secret = :s, totp_last_step = :step where username = :u")
                .param("u", username)
                .param("s", sealedSecret)
                .param("step", step)
                .update();
    }

    /** Takes a code's time step as used, once: false when that step or a later one was accepted before. */
    public boolean useStep(String username, long step) {
        return jdbc.sql("update app_user set totp_last_step = :s"
                                + " where username = :u and (totp_last_step is null or totp_last_step < :s)")
                        .param("u", username)
                        .param("s", step)
                        .update()
                > 0;
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("update app_user set enabled = :e where username = :u")
                .param("u", username)
                .param("e", enabled)
                .update();
    }

    private static AccountState map(ResultSet rs, int row) throws SQLException {
        long step = rs.getLong("totp_last_step");
        Long lastStep = rs.wasNull() ? null : step;
        return new AccountState(
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"),
                rs.getInt("failed_logins"),
                instant(rs, "locked_until"),
                rs.getString("totp_secret"),
                lastStep);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
