package cn.perftarget.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 登录失败处理 in the database: failures in a row lock, the lock runs out or is lifted, a success counts again. */
@SpringBootTest
class AccountRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-12-05T02:00:00Z");

    @Autowired
    AccountRepository accounts;

    @Autowired
    UserRepository users;

    @Autowired
    OrganisationRepository organisations;

    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));
    private String name;

    @BeforeEach
    void aUser() {
        Organisation org = organisations.save(new Organisation(null, "ACC-T", "测试单位", OrgKind.UNIT, null, "999999"));
        name = "acc-" + System.nanoTime();
        users.createIfAbsent(name, "测试", "$2a$10$x", org.savedId(), EnumSet.of(Role.DRAFTER), false);
    }

    @Test
    void theFifthWrongPasswordInARowLocksForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            Failure f = accounts.recordFailure(name, T0, policy).orElseThrow();
            assertThat(f.failedLogins()).isEqualTo(i);
            assertThat(f.lockedUntil()).isNull();
        }
        Failure fifth = accounts.recordFailure(name, T0.plusSeconds(10), policy).orElseThrow();
        assertThat(fifth.newlyLocked()).isTrue();
        assertThat(fifth.lockedUntil()).isEqualTo(T0.plusSeconds(10).plus(Duration.ofMinutes(15)));
        assertThat(accounts.find(name).orElseThrow().lockedAt(T0.plusSeconds(60)))
                .isTrue();
        assertThat(accounts.locked(T0.plusSeconds(60)))
                .extracting(LockedAccount::username)
                .contains(name);

        // after the lock has run out the count starts again
        Failure after = accounts.recordFailure(name, T0.plus(Duration.ofMinutes(16)), policy)
                .orElseThrow();
        assertThat(after.failedLogins()).isEqualTo(1);
        assertThat(after.lockedUntil()).isNull();
    }

    @Test
    void aSuccessStartsTheCountAgainAndUnlockLiftsTheLock() {
        accounts.recordFailure(name, T0, policy);
        accounts.recordFailure(name, T0, policy);
        accounts.recordSuccess(name);
        assertThat(accounts.find(name).orElseThrow().failedLogins()).isZero();

        for (int i = 0; i < 5; i++) {
            accounts.recordFailure(name, T0, policy);
        }
        assertThat(accounts.unlock(name, T0.plusSeconds(1))).isTrue();
        assertThat(accounts.find(name).orElseThrow().lockedAt(T0.plusSeconds(1)))
                .isFalse();
        assertThat(accounts.unlock(name, T0.plusSeconds(2)))
                .as("not locked any more")
                .isFalse();
    }

    @Test
    void anUnknownUserCountsNothing() {
        assertThat(accounts.recordFailure("nobody-" + name, T0, policy)).isEmpty();
    }

    @Test
    void aCodesStepIsTakenOnce() {
        assertThat(accounts.useStep(name, 100)).isTrue();
        assertThat(accounts.useStep(name, 100)).isFalse();
        assertThat(accounts.useStep(name, 99)).isFalse();
        assertThat(accounts.useStep(name, 101)).isTrue();
    }
}
