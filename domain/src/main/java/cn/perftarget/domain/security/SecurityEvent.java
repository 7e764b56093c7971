package cn.perftarget.domain.security;

import org.jspecify.annotations.Nullable;

/**
 * What happened, for the security log: the date and time are the log's own.
 *
 * @param subject       who did it (a username, or what was typed at a failed login); {@code system} for the system
 * @param object        what it was done to (a username, a table id, an organisation code …), null when nothing
 * @param clientAddress the client's IP address, null when not from a request
 * @param details       a short note in the log's fixed form (e.g. the roles before and after), null when none
 */
public record SecurityEvent(
        SecurityEventType type,
        String subject,
        @Nullable String object,
        SecurityOutcome outcome,
        @Nullable String clientAddress,
        @Nullable String details) {

    public static SecurityEvent success(
            SecurityEventType type, String subject, @Nullable String object, @Nullable String clientAddress) {
        return new SecurityEvent(type, subject, object, SecurityOutcome.SUCCESS, clientAddress, null);
    }

    public static SecurityEvent failure(
            SecurityEventType type, String subject, @Nullable String object, @Nullable String clientAddress) {
        return new SecurityEvent(type, subject, object, SecurityOutcome.FAILURE, clientAddress, null);
    }

    public SecurityEvent withDetails(@Nullable String note) {
        return new SecurityEvent(type, subject, object, outcome, clientAddress, note);
    }
}
