package cn.perftarget.ui.api.auth;

/**
 * A token bucket: {@code capacity} calls at once, refilled at {@code perSecond}. Thread-safe.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    TokenBucket(int capacity, double perSecond, long nowNanos) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.last = nowNanos;
    }

    /** Takes one call; 0 when it may go, else the whole seconds to wait before the next one may. */
    synchronized long take(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
    }
}
