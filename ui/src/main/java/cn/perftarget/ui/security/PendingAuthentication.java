package cn.perftarget.ui.security;

import cn.perftarget.workflow.account.PendingStep;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The password step accepted; what the sign-in still owes goes with it to the success handler. */
final class PendingAuthentication extends UsernamePasswordAuthenticationToken {

    private final transient List<PendingStep> steps;
    private final String client;

    PendingAuthentication(SignedInUser principal, List<PendingStep> steps, String client) {
        super(principal, null, steps.isEmpty() ? principal.getAuthorities() : List.of());
        this.steps = List.copyOf(steps);
        this.client = client;
    }

    List<PendingStep> steps() {
        return steps;
    }

    String client() {
        return client;
    }
}
