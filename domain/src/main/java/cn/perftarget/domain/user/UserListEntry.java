package cn.perftarget.domain.user;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A row of the 系统管理员's user list.
 *
 * @param lockedUntil until when wrong passwords lock the account (null or past: not locked)
 */
public record UserListEntry(AppUser user, @Nullable Instant lockedUntil, boolean mustChangePassword) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
