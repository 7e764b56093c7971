package cn.perftarget.ui.security;

import cn.perftarget.workflow.account.PendingStep;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in whose password was right but which still owes steps ({@link PendingStep}): kept in the HTTP session, not
 * in the security context, so that until the last step the user is not signed in and can open nothing but the
 * steps (the login routes are the only ones open to anonymous users).
 *
 * @param client the client's address at the password step
 */
public record PendingLogin(
        String username, List<PendingStep> steps, @Nullable String client) implements Serializable {

    /** The HTTP session attribute that holds it. */
    public static final String ATTRIBUTE = PendingLogin.class.getName();

    public PendingLogin {
        steps = List.copyOf(steps);
    }

    public PendingStep current() {
        return steps.get(0);
    }

    PendingLogin next() {
        return new PendingLogin(username, steps.subList(1, steps.size()), client);
    }
}
