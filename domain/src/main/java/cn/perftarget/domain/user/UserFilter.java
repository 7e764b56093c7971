package cn.perftarget.domain.user;

import org.jspecify.annotations.Nullable;

/**
 * The 系统管理员's filter of the user list: the users of one region, narrowed by a text (username or name), an
 * organisation, a role, enabled or not, locked or not (null: either).
 */
public record UserFilter(
        String regionCode,
        @Nullable String text,
        @Nullable Long organisationId,
        @Nullable Role role,
        @Nullable Boolean enabled,
        @Nullable Boolean locked) {

    public static UserFilter region(String regionCode) {
        return new UserFilter(regionCode, null, null, null, null, null);
    }

    public UserFilter withText(@Nullable String text) {
        return new UserFilter(regionCode, text, organisationId, role, enabled, locked);
    }

    public UserFilter withOrganisation(@Nullable Long organisationId) {
        return new UserFilter(regionCode, text, organisationId, role, enabled, locked);
    }

    public UserFilter withRole(@Nullable Role role) {
        return new UserFilter(regionCode, text, organisationId, role, enabled, locked);
    }

    public UserFilter withEnabled(@Nullable Boolean enabled) {
        return new UserFilter(regionCode, text, organisationId, role, enabled, locked);
    }

    public UserFilter withLocked(@Nullable Boolean locked) {
        return new UserFilter(regionCode, text, organisationId, role, enabled, locked);
    }
}
