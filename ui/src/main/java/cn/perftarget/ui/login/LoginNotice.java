package cn.perftarget.ui.login;

import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the login page tells about the last sign-in or session, kept in the HTTP session for the next showing of the
 * login page (and taken out then): the account is locked until when, or the session expired.
 *
 * @param lockedUntil until when the account is locked, null for an expired session
 */
public record LoginNotice(Kind kind, @Nullable Instant lockedUntil) implements Serializable {

    /** The HTTP session attribute that holds it. */
    public static final String ATTRIBUTE = LoginNotice.class.getName();

    public enum Kind {
        LOCKED,
        SESSION_EXPIRED
    }

    public static LoginNotice locked(Instant until) {
        return new LoginNotice(Kind.LOCKED, until);
    }

    public static LoginNotice expired() {
        return new LoginNotice(Kind.SESSION_EXPIRED, null);
    }
}
