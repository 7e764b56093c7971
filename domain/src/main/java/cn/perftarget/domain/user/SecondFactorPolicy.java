package cn.perftarget.domain.user;

import java.util.EnumSet;
import java.util.Set;

/**
 * 双因素认证 (GB/T 22239-2019 8.1.4.1 d): the administrative roles — the three administrators of 三员分立 and the
 * operators of the engine — sign in with a TOTP code besides the password; other users may enrol one.
 */
public final class SecondFactorPolicy {

    /** The roles that must sign in with a second factor. */
    public static final Set<Role> REQUIRED =
            Set.copyOf(EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN, Role.OPERATOR));

    private SecondFactorPolicy() {}

    public static boolean required(AppUser user) {
        return user.roles().stream().anyMatch(REQUIRED::contains);
    }
}
