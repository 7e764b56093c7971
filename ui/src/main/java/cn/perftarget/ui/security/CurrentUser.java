package cn.perftarget.ui.security;

import cn.perftarget.domain.user.AppUser;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, and logout. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    public CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<AppUser> get() {
        return authentication.getAuthenticatedUser(SignedInUser.class).map(SignedInUser::user);
    }

    public AppUser require() {
        return get().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    public void logout() {
        authentication.logout();
    }
}
