package cn.perftarget.workflow.access;

import cn.perftarget.domain.user.Role;
import java.util.Set;

/**
 * Who may do an action: any of {@code roles}, within {@code reach}.
 *
 * @param roles the roles that may (one of them is enough)
 * @param reach the tables (or accounts) they reach with it
 */
public record Grant(Set<Role> roles, Reach reach) {

    public Grant {
        roles = Set.copyOf(roles);
    }
}
