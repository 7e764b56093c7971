package cn.perftarget.workflow.account;

import cn.perftarget.domain.user.Role;
import java.time.Duration;
import java.util.Set;

/** The password, lockout and second-factor policy in force, as configured. */
public record PolicyInForce(
        int minLength,
        int minClasses,
        int commonPasswords,
        int maxFailures,
        Duration lockDuration,
        Set<Role> secondFactorRoles) {

    public PolicyInForce {
        secondFactorRoles = Set.copyOf(secondFactorRoles);
    }
}
