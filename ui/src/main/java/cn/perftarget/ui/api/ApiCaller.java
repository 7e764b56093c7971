package cn.perftarget.ui.api;

import cn.perftarget.domain.user.AppUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The account the current API request acts as; the services read it again and check it on every call. */
@Component
public class ApiCaller {

    public AppUser user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiPrincipal principal) {
            return principal.user();
        }
        throw new IllegalStateException("no API caller: the token filter runs before every /api request");
    }
}
