package cn.perftarget.workflow.apiclient;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person's own API token as their profile lists it (never its text). */
public record PersonalToken(
        long id,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt) {}
