package cn.perftarget.ui.api;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.apiclient.TokenOwner;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The caller of an API request: the account its bearer token acts as (a client's technical account or a person). */
public final class ApiPrincipal extends AbstractAuthenticationToken {

    private final AppUser user;
    private final TokenOwner owner;

    public ApiPrincipal(AppUser user, TokenOwner owner) {
        super(user.roles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList());
        this.user = user;
        this.owner = owner;
        setAuthenticated(true);
    }

    public AppUser user() {
        return user;
    }

    public TokenOwner owner() {
        return owner;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return user.username();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiPrincipal that && that.owner.tokenId() == owner.tokenId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(owner.tokenId());
    }
}
