package cn.perftarget.ui.security;

import cn.perftarget.domain.user.UserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Logs users in from our own tables (BCrypt hashes). */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    AppUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.trim())
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("用户不存在"));
    }
}
