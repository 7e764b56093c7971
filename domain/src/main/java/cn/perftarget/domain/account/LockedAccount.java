package cn.perftarget.domain.account;

import java.time.Instant;

/** An account locked by wrong passwords, as the 安全管理员 lists them. */
public record LockedAccount(
        String username, String displayName, String organisation, int failedLogins, Instant lockedUntil) {}
