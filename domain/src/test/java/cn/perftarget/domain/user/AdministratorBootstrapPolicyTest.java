package cn.perftarget.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.account.PasswordPolicy;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.security.SecurityLog;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first administrators' password must pass the password policy: a weak one refuses to start, with why. */
@SpringBootTest
class AdministratorBootstrapPolicyTest {

    @Autowired
    UserRepository users;

    @Autowired
    AccountRepository accounts;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PasswordPolicy policy;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    ObjectProvider<Clock> clock;

    @Test
    void aWeakInitialPasswordRefusesToStartAndCreatesNobody() {
        AdministratorBootstrap weak = new AdministratorBootstrap(
                users, accounts, organisations, encoder, policy, securityLog, clock, "correct-horse", "000000");
        assertThatThrownBy(() -> weak.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PERFTARGET_ADMIN_PASSWORD")
                .hasMessageContaining("至少 3 类");
        assertThat(users.findByUsername("secadmin")).isEmpty();
    }
}
