package cn.perftarget.workflow.access;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.error.NotAllowedException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The accounts people sign in with: found by username as typed (surrounding blanks ignored). */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final UserRepository users;

    Accounts(UserRepository users) {
        this.users = users;
    }

    public Optional<AppUser> find(String username) {
        return username == null ? Optional.empty() : users.findByUsername(username.strip());
    }

    /**
     * The acting user as stored now, read again by username before every action and read of the services: roles,
     * organisation and the enabled flag of this moment, not of the sign-in. A disabled or removed user is refused.
     * One statement, in the caller's transaction if there is one, else on its own (no transaction of its own to begin
     * and commit before every call).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public AppUser acting(AppUser user) {
        AppUser now = users.findByUsername(user.username()).orElse(null);
        if (now == null || !now.enabled()) {
            throw NotAllowedException.of("error.account.disabled");
        }
        return now;
    }
}
