package cn.perftarget.domain.audit;

import cn.perftarget.domain.security.ChainKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's whole audit history hashed at once, for bulk loads (data sets for load tests, migrations): the entries
 * {@link AuditLog#append} would write one by one, with the same seqs, timestamps (to the microsecond, as stored) and
 * hash chain (keyed with the chain key, in the current format), so that {@link AuditLog#verify} accepts them. Writing them (and the table's audit_head row: the last
 * entry's seq and hash) is the caller's business.
 */
public final class AuditChains {

    private AuditChains() {}

    /** An event and when it happened. */
    public record TimedEvent(AuditEvent event, Instant at) {}

    /**
     * The entries of a new history (seq 1, 2, 3 …), chained from the genesis hash; ids are 0 (not stored yet).
     *
     * @param events the events of one table, oldest first
     */
    public static List<AuditEntry> chain(ChainKey key, List<TimedEvent> events) {
        AuditHasher hasher = new AuditHasher(key);
        List<AuditEntry> entries = new ArrayList<>(events.size());
        String prev = AuditHasher.GENESIS;
        Long tableId = null;
        for (TimedEvent timed : events) {
            long id = timed.event().tableId();
            if (tableId != null && tableId != id) {
                throw new IllegalArgumentException("an audit chain belongs to one table");
            }
            tableId = id;
            StoredEntry entry = StoredEntry.of(
                    id, entries.size() + 1, timed.at().truncatedTo(ChronoUnit.MICROS), timed.event(), prev, hasher);
            entries.add(entry.toEntry());
            prev = entry.hash();
        }
        return entries;
    }
}
