package cn.perftarget.domain.integrity;

import cn.perftarget.domain.audit.AnchoredHead;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.security.ChainKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The anchors ({@code audit_anchor}, {@code audit_anchor_head}, V6; insert-only for the application role): reads and
 * checks their chain, writes a new one. Call in the check's transaction.
 */
@Repository
class AnchorRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final ChainKey key;

    AnchorRepository(NamedParameterJdbcTemplate jdbc, ChainKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    /**
     * Reads every anchor with its heads and checks their chain: consecutive numbers from 1, each digest recomputed
     * with the key, each linked to the one before.
     */
    AnchorHistory read() {
        List<Anchor> anchors = jdbc.query(
                "select anchor_no, at, chains, changed, security_seq, security_hash, prev_digest, digest"
                        + " from audit_anchor order by anchor_no",
                (rs, i) -> new Anchor(
                        rs.getLong("anchor_no"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getInt("chains"),
                        rs.getInt("changed"),
                        rs.getLong("security_seq"),
                        rs.getString("security_hash"),
                        rs.getString("prev_digest"),
                        rs.getString("digest")));
        if (anchors.isEmpty()) {
            return AnchorHistory.none();
        }
        Map<Long, AnchorDigest> digests = new HashMap<>();
        anchors.forEach(a -> digests.put(a.anchorNo(), new AnchorDigest(key, a)));
        Map<Long, AnchoredHead> heads = new HashMap<>();
        List<Message> problems = new ArrayList<>();
        jdbc.getJdbcTemplate().query(AnchorRepository::streamHeads, (RowCallbackHandler) rs -> {
            long anchorNo = rs.getLong(1);
            AnchorDigest digest = digests.get(anchorNo);
            if (digest != null) {
                digest.head(rs.getLong(2), rs.getInt(3), rs.getString(4));
            }
            heads.put(rs.getLong(2), new AnchoredHead(rs.getInt(3), rs.getString(4)));
        });
        Map<Long, String> byNumber = new TreeMap<>();
        String prev = Anchor.GENESIS;
        long expected = 1;
        for (Anchor a : anchors) {
            if (a.anchorNo() != expected) {
                problems.add(Message.of("integrity.anchor.missing", expected, a.anchorNo() - 1));
            }
            AnchorDigest digest = digests.get(a.anchorNo());
            String recomputed = digest == null ? "" : digest.finish();
            if (!recomputed.equals(a.digest())) {
                problems.add(Message.of("integrity.anchor.changed", a.anchorNo()));
            } else if (!a.prevDigest().equals(prev)) {
                problems.add(Message.of("integrity.anchor.relinked", a.anchorNo()));
            }
            byNumber.put(a.anchorNo(), a.digest());
            prev = a.digest();
            expected = a.anchorNo() + 1;
        }
        return new AnchorHistory(problems, heads, anchors.get(anchors.size() - 1), byNumber);
    }

    /** The chain heads now (in the check's snapshot), by table id. */
    TreeMap<Long, AnchoredHead> currentHeads() {
        TreeMap<Long, AnchoredHead> heads = new TreeMap<>();
        jdbc.query("select table_id, last_seq, last_hash from audit_head", (RowCallbackHandler)
                rs -> heads.put(rs.getLong(1), new AnchoredHead(rs.getInt(2), rs.getString(3))));
        return heads;
    }

    /** The security log's end now: its last seq and hash. */
    SecurityEnd securityEnd() {
        return jdbc.queryForObject(
                "select last_seq, last_hash from security_head where id = 1",
                new MapSqlParameterSource(),
                (rs, i) -> new SecurityEnd(rs.getLong(1), rs.getString(2)));
    }

    /** Writes the anchor and the heads recorded with it (by table id, as its digest covers them). */
    void insert(Anchor anchor, Map<Long, AnchoredHead> changed) {
        jdbc.update(
                """
                insert into audit_anchor (anchor_no, at, chains, changed, security_seq, security_hash, prev_digest,
                                          digest)
                values (:no, :at, :chains, :changed, :seq, :hash, :prev, :digest)""",
                new MapSqlParameterSource("no", anchor.anchorNo())
                        .addValue("at", OffsetDateTime.ofInstant(anchor.at(), ZoneOffset.UTC))
                        .addValue("chains", anchor.chains())
                        .addValue("changed", anchor.changed())
                        .addValue("seq", anchor.securitySeq())
                        .addValue("hash", anchor.securityHash())
                        .addValue("prev", anchor.prevDigest())
                        .addValue("digest", anchor.digest()));
        MapSqlParameterSource[] rows = changed.entrySet().stream()
                .map(e -> new MapSqlParameterSource("no", anchor.anchorNo())
                        .addValue("table", e.getKey())
                        .addValue("seq", e.getValue().seq())
                        .addValue("hash", e.getValue().hash()))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate(
                "insert into audit_anchor_head (anchor_no, table_id, last_seq, last_hash)"
                        + " values (:no, :table, :seq, :hash)",
                rows);
    }

    /** The security log's end: its last seq and hash. */
    record SecurityEnd(long seq, String hash) {}

    private static PreparedStatement streamHeads(Connection connection) throws SQLException {
        PreparedStatement st = connection.prepareStatement(
                "select anchor_no, table_id, last_seq, last_hash from audit_anchor_head order by anchor_no, table_id");
        st.setFetchSize(2000);
        return st;
    }
}
