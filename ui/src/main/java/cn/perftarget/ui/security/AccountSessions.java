package cn.perftarget.ui.security;

import cn.perftarget.workflow.account.AccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * An account was disabled, moved, given other roles or a new password: every session of it is marked expired in
 * Spring Security's {@link SessionRegistry}, so that its next request — a click, a heartbeat — ends it and sends
 * the browser to the login page ({@link SessionExpiredRedirect}). The services refuse the old rights already
 * (they read the user again on each call); this ends what the screens still show.
 */
@Component
class AccountSessions {

    private final SessionRegistry sessions;

    AccountSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(AccountChanged changed) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.getUsername().equals(changed.username())) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
