package cn.perftarget.workflow.admin;

import cn.perftarget.domain.account.PasswordPolicy;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Initial and reset passwords, generated: 16 characters of upper and lower case letters, digits and signs (without
 * the look-alikes 0/O, 1/l/I), drawn until the {@link PasswordPolicy} accepts one. Shown once to the administrator;
 * the user must change it at the first sign-in.
 */
@Component
public class TemporaryPasswords {

    private static final String[] CLASSES = {
        "ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "-_!#%+="
    };
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();
    private final PasswordPolicy policy;

    TemporaryPasswords(PasswordPolicy policy) {
        this.policy = policy;
    }

    public String generate(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                String pool = CLASSES[i < CLASSES.length ? i : random.nextInt(CLASSES.length)];
                password.insert(random.nextInt(password.length() + 1), pool.charAt(random.nextInt(pool.length())));
            }
            String candidate = password.toString();
            if (policy.check(username, candidate).isEmpty()) {
                return candidate;
            }
        }
    }
}
