package cn.perftarget.workflow.account;

/** The fixed notes of security log entries: keys of the domain's bundle, rendered in the reader's language. */
final class SecurityDetails {

    static final String WRONG_PASSWORD = "security.detail.wrongPassword";
    static final String UNKNOWN_USER = "security.detail.unknownUser";
    static final String DISABLED = "security.detail.disabled";
    static final String LOCKED = "security.detail.locked";
    static final String WRONG_CODE = "security.detail.wrongCode";
    static final String ENROLLED = "security.detail.enrolled";
    static final String WEBAPPS = "security.detail.webapps";
    static final String MUST_CHANGE = "security.detail.mustChangePassword";
    static final String NOT_ENROLLED = "security.detail.notEnrolled";
    static final String AT_SIGN_IN = "security.detail.atSignIn";
    static final String DISABLED_BY_ADMIN = "security.detail.accountDisabled";
    static final String ENABLED_BY_ADMIN = "security.detail.accountEnabled";
    static final String MOVED = "security.detail.accountMoved";

    private SecurityDetails() {}
}
