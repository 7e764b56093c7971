package cn.perftarget.domain.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 (hex) of its canonical form, the JSON array
 * ["audit-v1", tableId, seq, actor, actorRole, at (ISO-8601 UTC), action, fromState, toState, comment,
 * revisionId, prevHash] with JSON null for absent values. The tag names the format, should it ever change.
 */
final class AuditHasher {

    /** prevHash of a table's first entry */
    static final String GENESIS = "0".repeat(64);

    private static final String FORMAT = "audit-v1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AuditHasher() {}

    /** The hash the entry should carry at its own seq. */
    static String hash(StoredEntry e) {
        return hashAt(e, e.seq());
    }

    /** The hash the entry would carry had it been written as entry {@code seq}. */
    static String hashAt(StoredEntry e, int seq) {
        String canonical;
        try {
            canonical = MAPPER.writeValueAsString(Arrays.asList(
                    FORMAT,
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 unavailable", ex);
        }
    }
}
