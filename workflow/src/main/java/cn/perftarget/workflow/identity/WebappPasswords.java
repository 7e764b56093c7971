package cn.perftarget.workflow.identity;

/**
 * The password check of the Camunda webapps' login, done by the application's own sign-in (lock, second factor,
 * security log): the engine's identity provider asks it and nothing else.
 */
public interface WebappPasswords {

    /** Whether the user may sign in with this password (followed by the code, for a user with a second factor). */
    boolean check(String username, String passwordAndCode);
}
