package cn.perftarget.ui.api.auth;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.ui.api.ApiPaths;
import cn.perftarget.ui.api.ApiPrincipal;
import cn.perftarget.workflow.apiclient.IdempotencyKeys;
import cn.perftarget.workflow.apiclient.StoredResponse;
import cn.perftarget.workflow.apiclient.TokenHash;
import cn.perftarget.workflow.error.UnavailableException;
import cn.perftarget.workflow.transaction.TransactionConflicts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on a POST: the first call with a key (per caller) runs and its answer is stored with the
 * hash of the request; a retry with the same key and request gets that answer ({@code Idempotent-Replayed: true})
 * and the action never runs twice — a retry that arrives while the first call still runs waits for its answer. The
 * same key with another request is refused (422). An unexpected failure (5xx) gives the key up, so a retry runs.
 * <p>
 * The call runs in one transaction with the storing of its answer ({@link IdempotencyKeys#runAndComplete}): the
 * answer is sent only once both are committed; when the commit fails nothing is sent but the failure (503 when the
 * database is away), and the key is given up.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    /** The headers of an answer that a replay repeats. */
    static final List<String> KEPT_HEADERS = List.of("ETag", "Location", "Content-Disposition");

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final long WAIT_MILLIS = 30_000;

    /** Tries of a call that loses a deadlock to a simultaneous one. */
    private static final int ATTEMPTS = 3;

    private final IdempotencyKeys keys;
    private final ProblemResponses problems;

    IdempotencyFilter(IdempotencyKeys keys, ProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(ApiPaths.IDEMPOTENCY_KEY);
        if (key == null
                || !"POST".equals(request.getMethod())
                || !(SecurityContextHolder.getContext().getAuthentication() instanceof ApiPrincipal caller)) {
            chain.doFilter(request, response);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            problems.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "bad_idempotency_key",
                    Message.of("api.error.idempotencyKey"));
            return;
        }
        long user = caller.owner().userId();
        HttpServletRequest readable = request;
        ByteArrayOutputStream digest = new ByteArrayOutputStream();
        digest.writeBytes((request.getMethod() + " " + request.getRequestURI() + "?"
                        + Objects.toString(request.getQueryString(), "") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        String contentType = Objects.toString(request.getContentType(), "");
        if (contentType.startsWith("multipart/")) {
            List<Part> parts = new ArrayList<>(request.getParts());
            parts.sort(Comparator.comparing(Part::getName));
            for (Part part : parts) {
                digest.writeBytes((part.getName() + "|" + Objects.toString(part.getSubmittedFileName(), "") + "|")
                        .getBytes(StandardCharsets.UTF_8));
                try (InputStream in = part.getInputStream()) {
                    digest.writeBytes(TokenHash.sha256(in.readAllBytes()).getBytes(StandardCharsets.US_ASCII));
                }
            }
        } else {
            byte[] body;
            try (InputStream in = request.getInputStream()) {
                body = in.readAllBytes();
            }
            digest.writeBytes(body);
            readable = new CachedBodyRequest(request, body);
        }
        String hash = TokenHash.sha256(digest.toByteArray());
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            IdempotencyKeys.Claim claim = keys.claim(user, key, hash);
            if (claim instanceof IdempotencyKeys.Fresh fresh) {
                run(readable, response, chain, user, key, fresh);
                return;
            }
            if (claim instanceof IdempotencyKeys.Replay replay) {
                replay(replay.response(), response);
                return;
            }
            if (claim instanceof IdempotencyKeys.Mismatch) {
                problems.write(
                        request,
                        response,
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        "idempotency_key_reused",
                        Message.of("api.error.idempotencyKeyReused"));
                return;
            }
            if (System.currentTimeMillis() > until) {
                problems.write(
                        request,
                        response,
                        HttpStatus.CONFLICT,
                        "idempotency_in_progress",
                        Message.of("api.error.idempotencyInProgress"));
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServletException("interrupted while waiting for the first call", e);
            }
        }
    }

    private void run(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            long user,
            String key,
            IdempotencyKeys.Fresh claim)
            throws ServletException, IOException {
        request.setAttribute(ApiPaths.RETRIED_CALL, Boolean.TRUE);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            for (int attempt = 1; ; attempt++) {
                ContentCachingResponseWrapper tried = new ContentCachingResponseWrapper(response);
                try {
                    stored = keys.runAndComplete(user, key, claim, () -> answerOf(request, tried, chain));
                    wrapper = tried;
                    break;
                } catch (RuntimeException e) {
                    // lost a deadlock to a simultaneous call: nothing was committed, run it again on a clean answer
                    if (attempt >= ATTEMPTS || !TransactionConflicts.retryable(e) || response.isCommitted()) {
                        throw e;
                    }
                    response.reset();
                }
            }
            if (!stored && wrapper.getStatus() < 500) {
                // a refusal: its transaction rolled back, its answer is kept on its own
                keys.complete(user, key, claim, answer(wrapper));
                stored = true;
            }
        } catch (RuntimeException e) {
            // the call or its commit failed (the database went away, a deadlock lost three times, the claim taken
            // over): nothing was done
            release(user, key, claim);
            boolean busy = TransactionConflicts.retryable(e);
            boolean away = UnavailableException.mapped(e) instanceof UnavailableException;
            if (response.isCommitted() || !(busy || away)) {
                if (e instanceof ChainFailure chained && chained.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e instanceof ChainFailure chained && chained.getCause() instanceof ServletException servlet) {
                    throw servlet;
                }
                throw e;
            }
            response.reset();
            response.setHeader("Retry-After", busy ? "1" : "10");
            problems.write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    busy ? "busy" : "unavailable",
                    Message.of(busy ? "api.error.busy" : "error.unavailable"));
            return;
        }
        if (!stored) {
            release(user, key, claim);
        }
        wrapper.copyBodyToResponse();
    }

    /** Runs the rest of the chain into {@code wrapper}: its answer to keep, or null for an unexpected failure (5xx). */
    private static @Nullable StoredResponse answerOf(
            HttpServletRequest request, ContentCachingResponseWrapper wrapper, FilterChain chain) {
        try {
            chain.doFilter(request, wrapper);
        } catch (IOException | ServletException e) {
            throw new ChainFailure(e);
        }
        return wrapper.getStatus() < 500 ? answer(wrapper) : null;
    }

    private static StoredResponse answer(ContentCachingResponseWrapper wrapper) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = wrapper.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new StoredResponse(
                wrapper.getStatus(), wrapper.getContentType(), headers, wrapper.getContentAsByteArray());
    }

    /** Gives the key up; when even that fails (the database away), the claim goes stale and a later retry takes it. */
    private void release(long user, String key, IdempotencyKeys.Fresh claim) {
        try {
            keys.release(user, key, claim);
        } catch (RuntimeException e) {
            logger.warn("could not give up idempotency key of user " + user + ": " + e);
        }
    }

    /** A checked failure of the filter chain carried through the transaction's callback. */
    private static final class ChainFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChainFailure(Exception cause) {
            super(cause);
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        stored.headers().forEach(response::setHeader);
        response.setHeader("Idempotent-Replayed", "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }
}
