package cn.perftarget.ui.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket per caller: a burst, then the rate, and how long to wait (Retry-After). */
class RateLimitsTest {

    @Test
    void aCallerGetsItsBurstThenWaitsForTheRateAndCallersAreApart() {
        AtomicLong now = new AtomicLong(0);
        RateLimits limits = new RateLimits(3, 0.5, now::get);
        assertThat(limits.take(1)).isZero();
        assertThat(limits.take(1)).isZero();
        assertThat(limits.take(1)).isZero();
        assertThat(limits.take(1))
                .as("over the burst: wait 2 s for the next token at 0.5/s")
                .isEqualTo(2);
        assertThat(limits.take(2)).as("another caller has its own bucket").isZero();
        now.addAndGet(2_000_000_000L);
        assertThat(limits.take(1)).isZero();
        assertThat(limits.take(1)).isPositive();
    }
}
