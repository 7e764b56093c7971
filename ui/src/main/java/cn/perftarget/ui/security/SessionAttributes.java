package cn.perftarget.ui.security;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The HTTP session attributes of a signed-in session that {@link SessionLimits} reads. */
final class SessionAttributes {

    /** when the sign-in was complete (epoch milliseconds) */
    static final String SIGNED_IN_AT = "perftarget.signedInAt";
    /** the last request that was not a Vaadin heartbeat (epoch milliseconds) */
    static final String LAST_ACTIVITY = "perftarget.lastActivity";
    /** the session's end is already in the security log (logout, expiry), the listener writes nothing more */
    static final String ENDED = "perftarget.ended";

    /** where Spring Security keeps a session's sign-in (its HttpSessionSecurityContextRepository reads it there) */
    static final String SECURITY_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private SessionAttributes() {}
}
