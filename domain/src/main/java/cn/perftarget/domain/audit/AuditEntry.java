package cn.perftarget.domain.audit;

import cn.perftarget.domain.table.TableStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recorded action of a table's history (append-only, hash-chained).
 *
 * @param seq      1, 2, 3 … per table
 * @param prevHash hash of the entry before (64 zeros for the first)
 * @param hash     SHA-256 over this entry's fields and {@code prevHash}, see {@link AuditHasher}
 */
public record AuditEntry(
        long id,
        long tableId,
        int seq,
        String actor,
        String actorRole,
        Instant at,
        AuditAction action,
        @Nullable TableStatus fromState,
        @Nullable TableStatus toState,
        @Nullable String comment,
        @Nullable Long revisionId,
        String prevHash,
        String hash) {}
