package cn.perftarget.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.account.AccountState;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A production database starts empty: the bootstrap password creates the three administrators of 三员分立, once,
 * each with no rights until the first sign-in has changed the password (and enrolled a second factor).
 */
@SpringBootTest(properties = "perftarget.bootstrap.admin-password=Correct-horse-battery-9")
class AdministratorBootstrapTest {

    @Autowired
    UserRepository users;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AdministratorBootstrap bootstrap;

    @Autowired
    SecurityLog securityLog;

    @Test
    void createsTheThreeAdministratorsWithAHashedPasswordToChangeOnce() {
        for (AdministratorBootstrap.Initial initial : AdministratorBootstrap.ADMINISTRATORS) {
            AppUser admin = users.findByUsername(initial.username()).orElseThrow();
            assertThat(admin.roles()).containsExactly(initial.role());
            assertThat(admin.passwordHash()).doesNotContain("Correct-horse-battery-9");
            assertThat(passwords.matches("Correct-horse-battery-9", admin.passwordHash()))
                    .isTrue();
            AccountState state = accounts.find(initial.username()).orElseThrow();
            assertThat(state.mustChangePassword()).isTrue();
            assertThat(state.enrolled()).as("enrols at the first sign-in").isFalse();
        }
        assertThat(users.findByUsername("admin").orElseThrow().roles()).containsExactly(Role.SYSTEM_ADMIN);
        assertThat(users.findByUsername("secadmin").orElseThrow().roles()).containsExactly(Role.SECURITY_ADMIN);
        assertThat(users.findByUsername("auditadmin").orElseThrow().roles()).containsExactly(Role.AUDIT_ADMIN);
        assertThat(securityLog.latest(SecurityEventType.RIGHTS_CHANGED, 10))
                .extracting(e -> e.event().object())
                .contains("admin", "secadmin", "auditadmin");

        bootstrap.run(new DefaultApplicationArguments());
        assertThat(users.findAll()).filteredOn(u -> u.has(Role.SYSTEM_ADMIN)).hasSize(1);
        assertThat(users.findAll()).filteredOn(u -> u.has(Role.SECURITY_ADMIN)).hasSize(1);
    }
}
