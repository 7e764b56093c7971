package cn.perftarget.domain.account;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 登录失败处理 (GB/T 22239-2019 8.1.4.1 b): after {@code perftarget.lockout.max-failures} (5) wrong passwords or
 * second-factor codes in a row an account is locked for {@code perftarget.lockout.duration} (15 minutes), or until
 * the 安全管理员 unlocks it. A successful sign-in starts the count again.
 */
@Component
public class LockoutPolicy {

    private final int maxFailures;
    private final Duration duration;

    public LockoutPolicy(
            @Value("${perftarget.lockout.max-failures:5}") int maxFailures,
            @Value("${perftarget.lockout.duration:15m}") Duration duration) {
        this.maxFailures = Math.max(1, maxFailures);
        this.duration = duration;
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration duration() {
        return duration;
    }
}
