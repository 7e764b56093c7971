package cn.perftarget.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.account.DemoCodes;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.security.SecurityLogEntry;
import cn.perftarget.domain.security.SecurityOutcome;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.support.TestOrganisation;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 登录失败处理 and 双因素认证 in the one sign-in of the application and of the Camunda webapps: five wrong passwords
 * in a row lock for fifteen minutes, a locked account is refused with the right password too, an unknown user costs
 * a BCrypt comparison like a known one, and every attempt is in the security log with the client's address.
 */
class SignInTest extends WorkflowTestSupport {

    @Autowired
    SignIn signIn;

    @Autowired
    AccountRepository accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    IdentityService identityService;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void fiveWrongPasswordsLockForFifteenMinutesAndTheSecurityAdministratorUnlocks() {
        AppUser drafter = newOrganisation().drafter1;
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn.password(drafter.username(), "wrong-" + i, "10.1.2.3")
                            .outcome())
                    .isEqualTo(SignInResult.Outcome.REFUSED);
        }
        Instant before = Instant.now();
        SignInResult fifth = signIn.password(drafter.username(), "wrong-5", "10.1.2.3");
        assertThat(fifth.outcome()).isEqualTo(SignInResult.Outcome.LOCKED);
        assertThat(fifth.lockedUntil())
                .isBetween(
                        before.plus(Duration.ofMinutes(15)).minusSeconds(1),
                        Instant.now().plus(Duration.ofMinutes(15)));
        // the right password does not open a locked account, neither here nor in the Camunda webapps
        assertThat(signIn.password(drafter.username(), TestOrganisation.PASSWORD, null)
                        .outcome())
                .isEqualTo(SignInResult.Outcome.LOCKED);
        assertThat(identityService.checkPassword(drafter.username(), TestOrganisation.PASSWORD))
                .isFalse();

        List<SecurityLogEntry> failed = entries(SecurityEventType.LOGIN_FAILED, drafter.username());
        assertThat(failed).hasSizeGreaterThanOrEqualTo(5);
        assertThat(failed)
                .filteredOn(e -> "10.1.2.3".equals(e.event().clientAddress()))
                .hasSize(5)
                .allMatch(e -> "security.detail.wrongPassword".equals(e.event().details()));
        assertThat(securityLog.latest(SecurityEventType.LOCKED, 20))
                .anyMatch(e -> drafter.username().equals(e.event().object()));

        assertThat(administration.lockedAccounts(user("anquan")))
                .anyMatch(a -> a.username().equals(drafter.username()));
        assertThat(administration.unlock(user("anquan"), drafter.username())).isTrue();
        assertThat(securityLog.latest(SecurityEventType.UNLOCKED, 20))
                .anyMatch(e -> drafter.username().equals(e.event().object())
                        && e.event().subject().equals("anquan"));
        SignInResult after = signIn.password(drafter.username(), TestOrganisation.PASSWORD, "10.1.2.3");
        assertThat(after.outcome()).isEqualTo(SignInResult.Outcome.ACCEPTED);
        assertThat(after.steps()).isEmpty();
        assertThat(securityLog.latest(SecurityEventType.LOGIN, 5))
                .anyMatch(e -> e.event().subject().equals(drafter.username())
                        && e.event().outcome() == SecurityOutcome.SUCCESS);
    }

    @Test
    void anUnknownUserCostsTheTimeOfAKnownOne() {
        AppUser drafter = newOrganisation().drafter1;
        signIn.password("nobody-at-all", "warm-up", null);
        long known = 0;
        long unknown = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            signIn.password(drafter.username(), "wrong-password", null);
            long t1 = System.nanoTime();
            signIn.password("nobody-" + i, "wrong-password", null);
            long t2 = System.nanoTime();
            known += t1 - t0;
            unknown += t2 - t1;
            administration.unlock(user("anquan"), drafter.username());
        }
        // no BCrypt skipped: an unknown user takes at least half the time of a known one (BCrypt dominates both)
        assertThat(unknown).isGreaterThan(known / 2);
        assertThat(entries(SecurityEventType.LOGIN_FAILED, "nobody-0"))
                .singleElement()
                .satisfies(e -> assertThat(e.event().details()).isEqualTo("security.detail.unknownUser"));
    }

    @Test
    void anAdministratorOwesTheCodeAndWrongCodesCountLikeWrongPasswords() {
        SignInResult admin = signIn.password("shenjiguan", "demo123", null);
        assertThat(admin.outcome()).isEqualTo(SignInResult.Outcome.ACCEPTED);
        assertThat(admin.steps()).containsExactly(PendingStep.SECOND_FACTOR);
        assertThat(signIn.code("shenjiguan", "000000", null).accepted()).isFalse();
        String code = DemoCodes.next("shenjiguan");
        assertThat(signIn.code("shenjiguan", code, null).accepted()).isTrue();
        assertThat(signIn.code("shenjiguan", code, null).accepted())
                .as("a code works once")
                .isFalse();
        assertThat(entries(SecurityEventType.SECOND_FACTOR, "shenjiguan"))
                .anyMatch(e -> e.event().outcome() == SecurityOutcome.FAILURE);
        signIn.completed("shenjiguan", null);
        assertThat(accounts.find("shenjiguan").orElseThrow().failedLogins()).isZero();
    }

    @Test
    void aNewAdministratorMustChangeThePasswordAndEnrolBeforeAnythingElse() {
        TestOrganisation org = newOrganisation();
        String name = "newsec" + org.region;
        users.createIfAbsent(
                name,
                "新安全管理员",
                encoder.encode("Initial-Pass-2026"),
                org.unit1.savedId(),
                EnumSet.of(Role.SECURITY_ADMIN),
                false);
        accounts.requirePasswordChange(name);
        SignInResult first = signIn.password(name, "Initial-Pass-2026", null);
        assertThat(first.steps()).containsExactly(PendingStep.CHANGE_PASSWORD, PendingStep.ENROL_SECOND_FACTOR);
        // nor can the Camunda webapps be used before
        assertThat(identityService.checkPassword(name, "Initial-Pass-2026")).isFalse();
    }

    @Test
    void theCamundaWebappsLoginGoesThroughTheSameSignIn() {
        AppUser drafter = newOrganisation().drafter1;
        assertThat(identityService.checkPassword(drafter.username(), TestOrganisation.PASSWORD))
                .isTrue();
        assertThat(identityService.checkPassword(drafter.username(), "wrong")).isFalse();
        assertThat(entries(SecurityEventType.LOGIN, drafter.username()))
                .anyMatch(e -> "security.detail.webapps".equals(e.event().details()));
        assertThat(entries(SecurityEventType.LOGIN_FAILED, drafter.username())).hasSize(1);
        assertThat(accounts.find(drafter.username()).orElseThrow().failedLogins())
                .isEqualTo(1);
        // an operator types the password and the code
        assertThat(identityService.checkPassword("yunwei", "demo123")).isFalse();
        assertThat(identityService.checkPassword("yunwei", "demo123" + DemoCodes.next("yunwei")))
                .isTrue();
    }

    private List<SecurityLogEntry> entries(SecurityEventType type, String subject) {
        return securityLog.latest(type, 500).stream()
                .filter(e -> e.event().subject().equals(subject))
                .sorted((a, b) -> Long.compare(a.seq(), b.seq()))
                .toList();
    }
}
