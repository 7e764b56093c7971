package cn.perftarget.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A production database starts empty: the bootstrap password creates the one administrator, once. */
@SpringBootTest(properties = "perftarget.bootstrap.admin-password=correct-horse-battery")
class AdministratorBootstrapTest {

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AdministratorBootstrap bootstrap;

    @Test
    void createsTheAdministratorWithAHashedPasswordOnce() {
        AppUser admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.SYSTEM_ADMIN);
        assertThat(admin.passwordHash()).doesNotContain("correct-horse-battery");
        assertThat(passwords.matches("correct-horse-battery", admin.passwordHash()))
                .isTrue();

        bootstrap.run(new DefaultApplicationArguments());
        assertThat(users.findAll()).filteredOn(u -> u.has(Role.SYSTEM_ADMIN)).hasSize(1);
    }
}
