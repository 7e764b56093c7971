package cn.perftarget.workflow.read;

import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.table.StoredTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The history of one table as the history screen shows it.
 *
 * @param entries      the audit entries, oldest first
 * @param revisions    every frozen revision, oldest first
 * @param displayNames the names of the people in the entries (actors, and those a reminder or escalation went to),
 *                     by username; system actors are left out
 * @param progress     how far the latest approval round got
 */
public record TableHistory(
        StoredTable table,
        List<AuditEntry> entries,
        List<Revision> revisions,
        Map<String, String> displayNames,
        RoundProgress progress) {

    public TableHistory {
        entries = List.copyOf(entries);
        revisions = List.copyOf(revisions);
        displayNames = Map.copyOf(displayNames);
    }

    /** The person's name, or the username when it is not a known user. */
    public String displayName(String username) {
        return displayNames.getOrDefault(username, username);
    }

    /** The revision frozen just before {@code revision}, if any. */
    public Optional<Revision> before(Revision revision) {
        Revision previous = null;
        for (Revision r : revisions) {
            if (r.revisionNo() < revision.revisionNo()) {
                previous = r;
            }
        }
        return Optional.ofNullable(previous);
    }
}
