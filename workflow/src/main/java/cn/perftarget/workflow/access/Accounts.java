package cn.perftarget.workflow.access;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.UserRepository;
import java.util.Optional;
import org.springframework.stereotype.Service;
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
}
