package cn.perftarget.domain.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the 审计管理员 looks for in the security log; a null field does not filter.
 *
 * @param person who did it or whom it concerned (subject or object), as typed, case ignored
 * @param from   entries at or after this instant
 * @param to     entries before this instant
 */
public record SecurityLogFilter(
        @Nullable SecurityEventType type,
        @Nullable String person,
        @Nullable SecurityOutcome outcome,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static final SecurityLogFilter NONE = new SecurityLogFilter(null, null, null, null, null);
}
