package cn.perftarget.domain.security;

import cn.perftarget.domain.i18n.Message;
import java.util.List;

/**
 * The result of checking the security log against its chain.
 *
 * @param entries  how many entries the log holds
 * @param problems what was found, each naming the entry concerned; empty when the log is intact
 */
public record SecurityLogVerification(long entries, List<Message> problems) {

    public SecurityLogVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
