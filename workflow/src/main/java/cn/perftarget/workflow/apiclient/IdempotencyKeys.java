package cn.perftarget.workflow.apiclient;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotency keys of state-changing API calls ({@code api_idempotency}, V15), per acting account: the first call
 * with a key claims it (a row committed at once, so a concurrent retry waits for it), runs, and stores its answer; a
 * retry with the same key and the same request gets that answer and the action never runs twice; the same key with
 * another request is refused. A key is kept 24 hours. Each step commits on its own, outside the action's transaction.
 * <p>
 * The claim commits without waiting for its WAL to reach the disk ({@code synchronous_commit} off for that transaction
 * alone): a concurrent retry sees it at once all the same, and whatever the call then commits — the action, or the
 * stored answer — is flushed synchronously and flushes the claim with it, since the WAL is written in order. A crash
 * can lose only a claim whose call committed nothing yet, and then a retry runs the call, which is right. This saves
 * one disk flush per POST (the API benchmark, bench/README.md).
 */
@Service
public class IdempotencyKeys {

    /** What a claim found. */
    public sealed interface Claim {}

    /** The key is new: the caller runs the call and then {@link #complete}s or {@link #release}s it. */
    public record Fresh() implements Claim {}

    /** The call ran already: its answer. */
    public record Replay(StoredResponse response) implements Claim {}

    /** The key was used for another request. */
    public record Mismatch() implements Claim {}

    /** A call with the key is still running. */
    public record InProgress() implements Claim {}

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Claim claim(long userId, String key, String requestHash) {
        jdbc.sql("set local synchronous_commit to off").update();
        jdbc.sql("""
                        delete from api_idempotency
                        where user_id = :u and idem_key = :k and created_at < now() - interval '24 hours'""").param("u", userId).param("k", key).update();
        int inserted = jdbc.sql("""
                        insert into api_idempotency (user_id, idem_key, request_hash) values (:u, :k, :h)
                        on conflict (user_id, idem_key) do nothing""")
                .param("u", userId)
                .param("k", key)
                .param("h", requestHash)
                .update();
        if (inserted == 1) {
            return new Fresh();
        }
        Optional<Row> row = jdbc.sql("""
                        select request_hash, status, content_type, headers, body from api_idempotency
                        where user_id = :u and idem_key = :k""")
                .param("u", userId)
                .param("k", key)
                .query((rs, i) -> new Row(
                        rs.getString(1),
                        rs.getObject(2) == null ? null : rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBytes(5)))
                .optional();
        if (row.isEmpty()) {
            return new InProgress(); // released meanwhile: the caller asks again
        }
        Row r = row.get();
        if (!r.hash().equals(requestHash)) {
            return new Mismatch();
        }
        if (r.status() == null) {
            return new InProgress();
        }
        return new Replay(new StoredResponse(
                r.status(),
                r.contentType(),
                StoredResponse.headers(r.headers()),
                r.body() == null ? new byte[0] : r.body()));
    }

    /** Stores the answer of the call that claimed the key. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void complete(long userId, String key, StoredResponse response) {
        jdbc.sql("""
                        update api_idempotency set status = :s, content_type = :ct, headers = :hd, body = :b
                        where user_id = :u and idem_key = :k""")
                .param("s", response.status())
                .param("ct", response.contentType())
                .param("hd", response.headerText())
                .param("b", response.body())
                .param("u", userId)
                .param("k", key)
                .update();
    }

    /** Gives the key up (the call failed unexpectedly and changed nothing): a retry runs it afresh. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(long userId, String key) {
        jdbc.sql("delete from api_idempotency where user_id = :u and idem_key = :k and status is null")
                .param("u", userId)
                .param("k", key)
                .update();
    }

    private record Row(
            String hash,
            @Nullable Integer status,
            @Nullable String contentType,
            @Nullable String headers,
            byte @Nullable [] body) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && hash.equals(r.hash) && Arrays.equals(body, r.body);
        }

        @Override
        public int hashCode() {
            return hash.hashCode();
        }

        @Override
        public String toString() {
            return "Row[" + hash + ", " + status + "]";
        }
    }
}
