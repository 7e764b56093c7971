package cn.perftarget.ui.security;

import cn.perftarget.workflow.access.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Logs users in from our own tables (BCrypt hashes). */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AppUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
