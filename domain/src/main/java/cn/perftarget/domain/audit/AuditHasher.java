package cn.perftarget.domain.audit;

import cn.perftarget.domain.security.ChainKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;

/**
 * The hash of an audit entry over its canonical form, the JSON array [format, tableId, seq, actor, actorRole, at
 * (ISO-8601 UTC), action, fromState, toState, comment, revisionId, prevHash] with JSON null for absent values. The
 * entry's format says how: {@code audit-v2} (every entry written since V6) HMAC-SHA256 with the {@link ChainKey};
 * {@code audit-v1} (entries written before) plain SHA-256, verified as they were. Hex either way.
 */
final class AuditHasher {

    /** prevHash of a table's first entry */
    static final String GENESIS = "0".repeat(64);

    /** unkeyed SHA-256, entries from before V6 */
    static final String V1 = "audit-v1";
    /** HMAC-SHA256 with the chain key */
    static final String V2 = "audit-v2";
    /** the format of new entries */
    static final String CURRENT = V2;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ChainKey key;

    AuditHasher(ChainKey key) {
        this.key = key;
    }

    /** The hash the entry should carry at its own seq. */
    String hash(StoredEntry e) {
        return hashAt(e, e.seq());
    }

    /** The hash the entry would carry had it been written as entry {@code seq}; blank for an unknown format. */
    String hashAt(StoredEntry e, int seq) {
        return switch (e.format()) {
            case V1 -> ChainKey.sha256(canonical(V1, e, seq));
            case V2 -> key.mac(canonical(V2, e, seq));
            default -> "";
        };
    }

    private static String canonical(String format, StoredEntry e, int seq) {
        try {
            return MAPPER.writeValueAsString(Arrays.asList(
                    format,
                    e.tableId(),
                    seq,
                    e.actor(),
                    e.actorRole(),
                    e.at().toString(),
                    e.action(),
                    e.fromState(),
                    e.toState(),
                    e.comment(),
                    e.revisionId(),
                    e.prevHash()));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
