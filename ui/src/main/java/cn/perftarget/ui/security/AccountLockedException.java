package cn.perftarget.ui.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** The account is locked by wrong passwords until {@link #until()}. */
final class AccountLockedException extends LockedException {

    private final Instant until;

    AccountLockedException(Instant until) {
        super("locked until " + until);
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
