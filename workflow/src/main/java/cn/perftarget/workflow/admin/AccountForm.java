package cn.perftarget.workflow.admin;

import cn.perftarget.domain.user.Role;
import java.util.Set;

/**
 * What the 系统管理员 gives for a new or changed account: username (ignored on an edit), name, organisation code and
 * table roles.
 */
public record AccountForm(String username, String displayName, String organisationCode, Set<Role> roles) {

    public AccountForm {
        username = username.strip();
        displayName = displayName.strip();
        organisationCode = organisationCode.strip();
        roles = Set.copyOf(roles);
    }
}
