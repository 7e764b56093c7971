package cn.perftarget.domain.user;

import cn.perftarget.domain.org.Organisation;
import java.util.Set;

/** A person who logs in: their organisation and roles decide what they see and may do. */
public record AppUser(
        Long id,
        String username,
        String displayName,
        String passwordHash,
        Organisation organisation,
        Set<Role> roles,
        boolean lead,
        boolean enabled) {

    public AppUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
