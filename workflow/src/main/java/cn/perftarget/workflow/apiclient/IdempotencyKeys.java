package cn.perftarget.workflow.apiclient;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotency keys of state-changing API calls ({@code api_idempotency}, V15), per acting account: the first call
 * with a key claims it (a row committed at once, so a concurrent retry waits for it), runs, and stores its answer; a
 * retry with the same key and the same request gets that answer and the action never runs twice; the same key with
 * another request is refused. A key is kept 24 hours.
 * <p>
 * The claim commits on its own, without waiting for its WAL to reach the disk ({@code synchronous_commit} off for that
 * transaction alone): a concurrent retry sees it at once all the same. The call then runs in a transaction that the
 * action's own joins, and its answer is stored in that same transaction ({@link #runAndComplete}): the action and its
 * stored answer commit together or not at all, with one disk flush. So a claim without an answer is a call whose
 * action never committed — refused, failed, or cut off by a crash — and one left over for longer than any call runs
 * ({@link #STALE_CLAIM}) is taken over by the next retry, which then runs the call; the first call, should it still
 * run, can then no longer store its answer and rolls back ({@link ClaimLostException}). A claim that was never flushed
 * (a crash right after it) is lost with nothing else, and a retry runs the call, which is right.
 */
@Service
public class IdempotencyKeys {

    /** What a claim found. */
    public sealed interface Claim {}

    /**
     * The key is new: the caller runs the call with {@link #runAndComplete}, or {@link #complete}s or
     * {@link #release}s it.
     *
     * @param claimedAt when the claim was made: which claim of the key this is
     */
    public record Fresh(OffsetDateTime claimedAt) implements Claim {}

    /** The call ran already: its answer. */
    public record Replay(StoredResponse response) implements Claim {}

    /** The key was used for another request. */
    public record Mismatch() implements Claim {}

    /** A call with the key is still running. */
    public record InProgress() implements Claim {}

    /** The claim of this call was taken over by a retry (the call ran longer than {@link #STALE_CLAIM}). */
    public static final class ClaimLostException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ClaimLostException() {
            super("the idempotency key was claimed again while the call ran");
        }
    }

    /** A claim without an answer older than this belongs to a call that can no longer commit; a retry takes it over. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    IdempotencyKeys(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Claim claim(long userId, String key, String requestHash) {
        jdbc.sql("set local synchronous_commit to off").update();
        jdbc.sql("""
                        delete from api_idempotency
                        where user_id = :u and idem_key = :k
                          and (created_at < now() - interval '24 hours'
                               or (status is null and created_at < now() - make_interval(secs => :stale)))""")
                .param("u", userId)
                .param("k", key)
                .param("stale", STALE_CLAIM.toSeconds())
                .update();
        Optional<OffsetDateTime> claimed = jdbc.sql("""
                        insert into api_idempotency (user_id, idem_key, request_hash) values (:u, :k, :h)
                        on conflict (user_id, idem_key) do nothing
                        returning created_at""")
                .param("u", userId)
                .param("k", key)
                .param("h", requestHash)
                .query(OffsetDateTime.class)
                .optional();
        if (claimed.isPresent()) {
            return new Fresh(claimed.get());
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

    /**
     * Runs the call that claimed the key in one transaction — which the action's own joins — and stores its answer in
     * it, so that the action and its answer commit together (one disk flush for both). The answer is not stored when
     * the call gives none ({@code null}: an unexpected failure) or its transaction was marked to roll back (an action
     * refused by an exception that the API turned into an answer): its work is then rolled back, and the caller
     * {@link #complete}s the key with the refusal or {@link #release}s it. A call that throws rolls back and throws.
     *
     * @return whether the answer was stored with the call's work
     * @throws ClaimLostException if the claim was taken over meanwhile; nothing of the call is committed
     */
    public boolean runAndComplete(long userId, String key, Fresh claim, Supplier<@Nullable StoredResponse> call) {
        Boolean stored = transactions.execute(status -> {
            StoredResponse answer = call.get();
            if (answer == null || status.isRollbackOnly()) {
                status.setRollbackOnly();
                return false;
            }
            store(userId, key, claim, answer);
            return true;
        });
        return Boolean.TRUE.equals(stored);
    }

    /** Stores the answer of a call that claimed the key and whose work was rolled back (a refusal), on its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void complete(long userId, String key, Fresh claim, StoredResponse response) {
        store(userId, key, claim, response);
    }

    private void store(long userId, String key, Fresh claim, StoredResponse response) {
        int updated = jdbc.sql("""
                        update api_idempotency set status = :s, content_type = :ct, headers = :hd, body = :b
                        where user_id = :u and idem_key = :k and created_at = :at and status is null""")
                .param("s", response.status())
                .param("ct", response.contentType())
                .param("hd", response.headerText())
                .param("b", response.body())
                .param("u", userId)
                .param("k", key)
                .param("at", claim.claimedAt())
                .update();
        if (updated != 1) {
            throw new ClaimLostException();
        }
    }

    /** Gives the key up (the call failed unexpectedly and changed nothing): a retry runs it afresh. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(long userId, String key, Fresh claim) {
        jdbc.sql("""
                        delete from api_idempotency
                        where user_id = :u and idem_key = :k and created_at = :at and status is null""")
                .param("u", userId)
                .param("k", key)
                .param("at", claim.claimedAt())
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
