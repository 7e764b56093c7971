package cn.perftarget.domain.audit;

import cn.perftarget.domain.table.TableStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry's columns as stored, codes in text form: what the hash covers, and the format of the hash (see
 * {@link AuditHasher}). Verification reads entries in this form so that a tampered code (an action no enum knows) is
 * reported, not thrown.
 */
record StoredEntry(
        long id,
        long tableId,
        int seq,
        String actor,
        String actorRole,
        Instant at,
        String action,
        @Nullable String fromState,
        @Nullable String toState,
        @Nullable String comment,
        @Nullable Long revisionId,
        String prevHash,
        String hash,
        String format) {

    /** A new entry in the current format, hashed. */
    static StoredEntry of(long tableId, int seq, Instant at, AuditEvent event, String prevHash, AuditHasher hasher) {
        // the hash covers every field but itself
        StoredEntry unhashed = new StoredEntry(
                0,
                tableId,
                seq,
                event.actor(),
                event.actorRole(),
                at,
                event.action().name(),
                name(event.fromState()),
                name(event.toState()),
                event.comment(),
                event.revisionId(),
                prevHash,
                "",
                AuditHasher.CURRENT);
        return unhashed.withId(0, hasher.hash(unhashed));
    }

    StoredEntry withId(long newId, String newHash) {
        return new StoredEntry(
                newId,
                tableId,
                seq,
                actor,
                actorRole,
                at,
                action,
                fromState,
                toState,
                comment,
                revisionId,
                prevHash,
                newHash,
                format);
    }

    AuditEntry toEntry() {
        return new AuditEntry(
                id,
                tableId,
                seq,
                actor,
                actorRole,
                at,
                AuditAction.valueOf(action),
                fromState == null ? null : TableStatus.valueOf(fromState),
                toState == null ? null : TableStatus.valueOf(toState),
                comment,
                revisionId,
                prevHash,
                hash);
    }

    private static @Nullable String name(@Nullable Enum<?> e) {
        return e == null ? null : e.name();
    }
}
