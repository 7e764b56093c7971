package cn.perftarget.domain.account;

import cn.perftarget.domain.demo.DemoMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Test support: the codes of the published demo second factor ({@link DemoMode#DEMO_TOTP_SECRET}), as an
 * authenticator app shows them. Each code is accepted once per user, so a test that signs the same user in twice
 * within 30 seconds gets the next step's code (accepted for clock drift), or waits for the next step.
 */
public final class DemoCodes {

    private static final Map<String, Long> LAST = new HashMap<>();
    private static final Totp TOTP = new Totp();

    private DemoCodes() {}

    /** A code of the demo secret that {@code username} has not used yet. */
    public static synchronized String next(String username) {
        return next(username, DemoMode.DEMO_TOTP_SECRET);
    }

    /** A code of {@code secret} that {@code username} has not used yet. */
    public static synchronized String next(String username, String secret) {
        long now = Totp.step(Instant.now());
        long step = Math.max(now, LAST.getOrDefault(username, Long.MIN_VALUE) + 1);
        while (step > Totp.step(Instant.now()) + 1) {
            sleep();
        }
        LAST.put(username, step);
        return TOTP.code(secret, step);
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
