package cn.perftarget.workflow.security;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.AccessPolicy;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.error.UnavailableException;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The way into every service call made for a person: the user is read again as stored now (a disabled user is
 * refused, a moved user acts with the new organisation's scope), the {@link AccessPolicy} is asked about the action,
 * and a refusal of scope or rights ({@link NotFoundException}, {@link NotAllowedException}) is written to the security
 * log — in a transaction of its own, although the call rolls back. A call that fails because the database cannot be
 * reached is an {@link UnavailableException}.
 */
@Component
public class ServiceGate {

    private final Accounts accounts;
    private final SecurityAudit audit;

    ServiceGate(Accounts accounts, SecurityAudit audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * Runs {@code call} for the acting user.
     *
     * @param target what the action is on, for the security log ("table:12", "task:…"), may be empty
     */
    public <T> T enter(AppUser user, ServiceAction action, String target, Function<AppUser, T> call) {
        Objects.requireNonNull(user, "user");
        try {
            AppUser acting = accounts.acting(user);
            AccessPolicy.require(acting, action);
            return call.apply(acting);
        } catch (NotFoundException | NotAllowedException e) {
            audit.refused(user, (action.name() + " " + target).strip(), e);
            throw e;
        } catch (RuntimeException e) {
            // the database unreachable (restarting, the network gone): a typed refusal, nothing was done
            throw UnavailableException.mapped(e);
        }
    }
}
