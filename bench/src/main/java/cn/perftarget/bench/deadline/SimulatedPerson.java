package cn.perftarget.bench.deadline;

import cn.perftarget.bench.ApiHttp;
import java.io.IOException;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * One simulated person on its own thread with its own personal token: calls {@code /api/v1}, times each call and logs
 * it under its {@link Action}, and thinks 0.5–2 s between calls (someone working fast on deadline day) until the
 * load's end. Every answer outside 2xx is an error (a 429 of the rate limit too); the person then starts over.
 */
abstract class SimulatedPerson implements Runnable {

    static final long THINK_MIN_MILLIS = 500;
    static final long THINK_MAX_MILLIS = 2_000;

    final String username;
    final Ledger ledger;
    final ActionLog log = new ActionLog();
    final Random random;
    private final ApiHttp http;
    private final String token;
    private final long endNanos;

    SimulatedPerson(String username, String token, ApiHttp http, Ledger ledger, long endNanos, long seed) {
        this.username = username;
        this.token = token;
        this.http = http;
        this.ledger = ledger;
        this.endNanos = endNanos;
        this.random = new Random(seed);
    }

    /** One step of the person's work (a few calls with thinking between them). */
    abstract void work() throws InterruptedException;

    @Override
    public final void run() {
        try {
            // people do not all start in the same millisecond
            Thread.sleep(random.nextInt((int) THINK_MAX_MILLIS));
            while (!over()) {
                work();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean over() {
        return System.nanoTime() >= endNanos;
    }

    /** A pause of 0.5–2 s; false when the load is over meanwhile. */
    boolean think() throws InterruptedException {
        Thread.sleep(THINK_MIN_MILLIS + random.nextInt((int) (THINK_MAX_MILLIS - THINK_MIN_MILLIS)));
        return !over();
    }

    /** One timed call; its answer when 2xx, null (and an error logged) otherwise. */
    ApiHttp.@Nullable Answer call(
            Action action, String method, String path, @Nullable String body, @Nullable String ifMatch) {
        long t0 = System.nanoTime();
        try {
            ApiHttp.Answer answer = http.send(token, method, path, body, ifMatch);
            long nanos = System.nanoTime() - t0;
            if (answer.ok()) {
                log.ok(action, nanos);
                return answer;
            }
            log.error(action, nanos, method + " " + path + " → " + answer.status() + " " + excerpt(answer.text()));
            return null;
        } catch (IOException | RuntimeException e) {
            log.error(action, System.nanoTime() - t0, method + " " + path + " → " + e);
            return null;
        }
    }

    private static String excerpt(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
