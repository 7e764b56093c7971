package cn.perftarget.workflow.admin;

import cn.perftarget.domain.user.Role;
import org.jspecify.annotations.Nullable;

/**
 * The filters of 用户管理 (null: any): a text in the username or name, an organisation, a role, enabled, locked.
 */
public record UserSearch(
        @Nullable String text,
        @Nullable Long organisationId,
        @Nullable Role role,
        @Nullable Boolean enabled,
        @Nullable Boolean locked) {

    public static final UserSearch ALL = new UserSearch(null, null, null, null, null);
}
