package cn.perftarget.domain.integrity;

import cn.perftarget.domain.db.AsOwner;
import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.security.ChainKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What someone with the owner's (or a superuser's) rights but without the chain key can do to a table's audit
 * history behind the application's back — each returns how to put it back as it was, so that a test sharing its
 * database leaves it intact.
 */
public final class Tampering {

    private static final String GENESIS = "0".repeat(64);

    private final EmbeddedDatabase db;

    public Tampering(EmbeddedDatabase db) {
        this.db = db;
    }

    /** Changes the comment of entry {@code seq}. */
    public Runnable changeEntry(long table, int seq) {
        List<Map<String, Object>> before = rows("audit_entry", table, seq);
        unprotected(owner ->
                owner.update("update audit_entry set comment = '同意' where table_id = ? and seq = ?", table, seq));
        return () -> {
            removeEntries(table, seq);
            insert("audit_entry", before);
        };
    }

    /** Deletes entry {@code seq}. */
    public Runnable removeEntry(long table, int seq) {
        List<Map<String, Object>> before = rows("audit_entry", table, seq);
        removeEntries(table, seq);
        return () -> insert("audit_entry", before);
    }

    /** Deletes the table's whole history: every entry and the head. */
    public Runnable removeChain(long table) {
        List<Map<String, Object>> entries = rows("audit_entry", table, 0);
        List<Map<String, Object>> head = rows("audit_head", table, 0);
        removeAll(table);
        return () -> {
            insert("audit_entry", entries);
            insert("audit_head", head);
        };
    }

    /**
     * Rewrites every entry's comment and re-hashes the whole chain in the unkeyed format (all one can compute without
     * the key), chained again from the first entry, the head moved along: the chain holds on its own.
     */
    public Runnable reHashWithoutKey(long table) {
        List<Map<String, Object>> entries = rows("audit_entry", table, 0);
        List<Map<String, Object>> head = rows("audit_head", table, 0);
        unprotected(owner -> {
            String prev = GENESIS;
            for (Map<String, Object> e : entries) {
                int seq = ((Number) e.get("seq")).intValue();
                String comment = "伪造" + seq;
                String hash = ChainKey.sha256(unkeyed(e, comment, prev));
                owner.update(
                        "update audit_entry set comment = ?, prev_hash = ?, hash = ?, hash_format = 'audit-v1'"
                                + " where table_id = ? and seq = ?",
                        comment,
                        prev,
                        hash,
                        table,
                        seq);
                prev = hash;
            }
            owner.update("update audit_head set last_hash = ? where table_id = ?", prev, table);
        });
        return () -> {
            removeAll(table);
            insert("audit_entry", entries);
            insert("audit_head", head);
        };
    }

    private void removeEntries(long table, int seq) {
        unprotected(owner -> owner.update("delete from audit_entry where table_id = ? and seq = ?", table, seq));
    }

    private void removeAll(long table) {
        unprotected(owner -> {
            owner.update("delete from audit_entry where table_id = ?", table);
            owner.update("delete from audit_head where table_id = ?", table);
        });
    }

    /** Statements with the triggers of the entries and heads off, as their owner may. */
    private void unprotected(java.util.function.Consumer<org.springframework.jdbc.core.JdbcTemplate> work) {
        AsOwner.inTransaction(db, owner -> {
            owner.execute("alter table audit_entry disable trigger user");
            owner.execute("alter table audit_head disable trigger user");
            work.accept(owner);
            owner.execute("alter table audit_entry enable trigger user");
            owner.execute("alter table audit_head enable trigger user");
        });
    }

    /** The rows of the table's chain: one entry ({@code seq} > 0) or all, by seq. */
    private List<Map<String, Object>> rows(String from, long table, int seq) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String where = seq > 0 ? " and seq = " + seq : "";
        String order = from.equals("audit_entry") ? " order by seq" : "";
        AsOwner.inTransaction(
                db,
                owner -> rows.addAll(
                        owner.queryForList("select * from " + from + " where table_id = ?" + where + order, table)));
        return rows;
    }

    private void insert(String into, List<Map<String, Object>> rows) {
        AsOwner.inTransaction(db, owner -> {
            for (Map<String, Object> row : rows) {
                List<String> columns = List.copyOf(row.keySet());
                owner.update(
                        "insert into " + into + " (" + String.join(", ", columns) + ") values ("
                                + String.join(
                                        ", ", columns.stream().map(c -> "?").toList()) + ")",
                        columns.stream().map(row::get).toArray());
            }
        });
    }

    /** The canonical form of an entry in the unkeyed format, as anyone can compute it. */
    private static String unkeyed(Map<String, Object> e, String comment, String prev) {
        try {
            return new ObjectMapper()
                    .writeValueAsString(Arrays.asList(
                            "audit-v1",
                            ((Number) e.get("table_id")).longValue(),
                            ((Number) e.get("seq")).intValue(),
                            e.get("actor"),
                            e.get("actor_role"),
                            ((Timestamp) e.get("at")).toInstant().toString(),
                            e.get("action"),
                            e.get("from_state"),
                            e.get("to_state"),
                            comment,
                            e.get("revision_id"),
                            prev));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
