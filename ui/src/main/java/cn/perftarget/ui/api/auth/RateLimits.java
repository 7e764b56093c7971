package cn.perftarget.ui.api.auth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rate limits of the API per caller (client or person): a token bucket each, {@code perftarget.api.rate.burst} calls
 * at once and {@code perftarget.api.rate.per-second} after that. In memory, per node: behind a load balancer with N
 * nodes a caller gets up to N times the rate.
 */
@Component
public class RateLimits {

    private final int burst;
    private final double perSecond;
    private final LongSupplier clock;
    private final ConcurrentMap<Long, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    RateLimits(
            @Value("${perftarget.api.rate.burst:120}") int burst,
            @Value("${perftarget.api.rate.per-second:30}") double perSecond) {
        this(burst, perSecond, System::nanoTime);
    }

    RateLimits(int burst, double perSecond, LongSupplier clock) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.clock = clock;
    }

    /** 0 when the caller's call may go now, else the seconds to wait ({@code Retry-After}). */
    public long take(long callerId) {
        long now = clock.getAsLong();
        return buckets.computeIfAbsent(callerId, id -> new TokenBucket(burst, perSecond, now))
                .take(now);
    }
}
