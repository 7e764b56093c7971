package cn.perftarget.workflow.apiclient;

import cn.perftarget.domain.user.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An API client as the 系统管理员's screen lists it.
 *
 * @param username         its technical account
 * @param tokenExpiresAt   the expiry of its newest token still valid, null when none is
 * @param revokedAt        when the client was revoked, null while active
 */
public record ApiClientInfo(
        long id,
        String name,
        String username,
        Role role,
        String organisationCode,
        String organisationName,
        String createdBy,
        Instant createdAt,
        @Nullable Instant tokenExpiresAt,
        @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
