package cn.perftarget.bench.deadline;

import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.ui.api.TableContentJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What the last successful call on each touched table said, kept while the load runs: the version and the content's
 * hash after the last save (or the creation), and the status after the last action, ordered by the audit entry each
 * action answered with (a table passes from drafter to reviewers and back; a later action always has a later entry,
 * so a thread that records late cannot overwrite a newer status). Afterwards {@link LostUpdateCheck} reads every
 * table back and compares.
 */
final class Ledger {

    /**
     * @param version         the version the last save answered with (the ETag), 0 before any
     * @param contentHash     the hash of the content the last save answered with, null before any
     * @param status          the status after the last successful action
     * @param statusEntry     the audit entry of that action (0: a save or a read said it)
     * @param lastWasSave     whether the last successful call was a save (then the stored version must be its
     *                        version; an action after it moves the version on)
     * @param actor           who made the last successful call
     */
    record Expected(
            int version,
            @Nullable String contentHash,
            String status,
            long statusEntry,
            boolean lastWasSave,
            String actor) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Long, Expected> tables = new ConcurrentHashMap<>();

    /** A create or save answered with this table (status, ETag, content). */
    void saved(long tableId, int version, JsonNode table, String actor) {
        String hash = hash(content(table.path("content")));
        String status = table.path("status").asText();
        tables.compute(
                tableId,
                (id, before) -> before == null
                        ? new Expected(version, hash, status, 0, true, actor)
                        : new Expected(version, hash, before.status(), before.statusEntry(), true, actor));
    }

    /** An action answered: the table's status now, with the audit entry it wrote. */
    void acted(long tableId, String toStatus, long auditEntry, String actor) {
        tables.compute(tableId, (id, before) -> {
            if (before == null) {
                return new Expected(0, null, toStatus, auditEntry, false, actor);
            }
            if (auditEntry < before.statusEntry()) {
                return before;
            }
            return new Expected(before.version(), before.contentHash(), toStatus, auditEntry, false, actor);
        });
    }

    Map<Long, Expected> snapshot() {
        return Map.copyOf(tables);
    }

    int size() {
        return tables.size();
    }

    /** The content as the server reads the JSON it was sent or answered with. */
    static TargetTable content(JsonNode content) {
        try {
            return JSON.treeToValue(content, TableContentJson.class).toTable();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable table content", e);
        }
    }

    /** SHA-256 of the content in the API's form, the same for the answer and for the row read back. */
    static String hash(TargetTable content) {
        try {
            byte[] bytes = JSON.writeValueAsString(TableContentJson.of(content)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
