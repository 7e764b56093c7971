package cn.perftarget.domain.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The sign-in state of one account.
 *
 * @param lockedUntil  until when wrong passwords lock the account, null when it is not locked (a past instant: the
 *                     lock has run out)
 * @param sealedSecret the TOTP secret as sealed by {@link SecretSealer}, null when no second factor is enrolled
 * @param lastStep     the time step of the last accepted code, null before the first
 */
public record AccountState(
        String username,
        String passwordHash,
        boolean enabled,
        boolean mustChangePassword,
        int failedLogins,
        @Nullable Instant lockedUntil,
        @Nullable String sealedSecret,
        @Nullable Long lastStep) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean enrolled() {
        return sealedSecret != null;
    }
}
