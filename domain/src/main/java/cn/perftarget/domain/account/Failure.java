package cn.perftarget.domain.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A wrong password or code counted against an account.
 *
 * @param lockedUntil until when the account is now locked, null when it is not
 * @param newlyLocked this failure locked it
 */
public record Failure(int failedLogins, @Nullable Instant lockedUntil, boolean newlyLocked) {}
