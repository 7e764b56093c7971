package cn.perftarget.workflow.read;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.UserRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The names people are shown by (王编制), for the usernames in a history, a task or a comment. */
@Component
class People {

    private final UserRepository users;

    People(UserRepository users) {
        this.users = users;
    }

    /** Each known user's display name; unknown names (e.g. {@code system}) are left out. */
    Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        for (String u : usernames) {
            if (u != null && !names.containsKey(u)) {
                users.findByUsername(u).map(AppUser::displayName).ifPresent(n -> names.put(u, n));
            }
        }
        return names;
    }
}
