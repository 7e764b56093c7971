package cn.perftarget.workflow.account;

import cn.perftarget.domain.user.AppUser;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a sign-in with a password came to.
 *
 * @param user        the user, when accepted
 * @param steps       what the sign-in still owes, in order (empty: signed in)
 * @param lockedUntil until when the account is locked, when refused for that
 */
public record SignInResult(
        Outcome outcome,
        @Nullable AppUser user,
        List<PendingStep> steps,
        @Nullable Instant lockedUntil) {

    public enum Outcome {
        ACCEPTED,
        /** wrong password, unknown user, disabled account: never told apart */
        REFUSED,
        LOCKED
    }

    public SignInResult {
        steps = List.copyOf(steps);
    }

    static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, null, List.of(), null);
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, List.of(), until);
    }
}
