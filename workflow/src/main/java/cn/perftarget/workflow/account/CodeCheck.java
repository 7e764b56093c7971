package cn.perftarget.workflow.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A second-factor code checked at sign-in.
 *
 * @param lockedUntil until when the account is locked (wrong codes count like wrong passwords), null when it is not
 */
public record CodeCheck(boolean accepted, @Nullable Instant lockedUntil) {}
