package cn.perftarget.workflow.admin;

/**
 * An account created (or a password reset) with its initial password, to be shown once to the administrator and
 * given to the user, who must change it at the first sign-in.
 */
public record CreatedAccount(String username, String displayName, String initialPassword) {

    @Override
    public String toString() {
        return "CreatedAccount[" + username + "]";
    }
}
