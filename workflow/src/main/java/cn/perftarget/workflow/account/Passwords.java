package cn.perftarget.workflow.account;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.account.AccountState;
import cn.perftarget.domain.account.PasswordPolicy;
import cn.perftarget.domain.account.PasswordProblem;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.AccessPolicy;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.access.AdminRegion;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.security.SecurityAudit;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Setting passwords, always through the {@link PasswordPolicy}: the user's own change (with the current password),
 * the change a sign-in requires (first sign-in, after a reset), and the 安全管理员's reset, after which the user
 * must choose a new password at the next sign-in. Each is written to the security log.
 */
@Service
public class Passwords {

    private final AccountRepository accounts;
    private final Accounts users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SecurityAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Passwords(
            AccountRepository accounts,
            Accounts users,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            SecurityAudit audit,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.users = users;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.events = events;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The policy in one sentence, for the screens where a password is chosen. */
    public Message rule() {
        return policy.rule();
    }

    /** The signed-in user changes the password; the current one is asked again. */
    public void change(AppUser user, String current, String next) {
        AppUser acting = users.acting(user);
        AccountState account = accounts.find(acting.username()).orElseThrow();
        if (!encoder.matches(current, account.passwordHash())) {
            audit.failure(
                    SecurityEventType.PASSWORD_CHANGED,
                    acting.username(),
                    acting.username(),
                    "security.detail.wrongPassword");
            throw InvalidInputException.of(InvalidInputException.Input.OTHER, "error.password.wrongCurrent");
        }
        set(account, next, false);
        audit.success(SecurityEventType.PASSWORD_CHANGED, acting.username(), acting.username(), null);
    }

    /** The new password a sign-in requires (its password was checked in this sign-in). */
    public void changeAtSignIn(String username, String next) {
        AccountState account =
                accounts.find(username).orElseThrow(() -> NotAllowedException.of("error.account.disabled"));
        if (!account.enabled()) {
            throw NotAllowedException.of("error.account.disabled");
        }
        set(account, next, false);
        audit.success(SecurityEventType.PASSWORD_CHANGED, username, username, "security.detail.atSignIn");
    }

    /**
     * 重置密码 by the 系统管理员 or the 安全管理员 of the user's region: a temporary password the user must change at the
     * next sign-in; sessions end. An administrator does not reset their own password this way (they change it).
     */
    public void reset(AppUser admin, String username, String temporary) {
        AppUser acting = users.acting(admin);
        if (!AccessPolicy.mayAttempt(acting, ServiceAction.RESET_PASSWORD)) {
            NotAllowedException refusal = NotAllowedException.of("error.account.administratorOnly");
            audit.refused(acting, "password-reset:" + username, refusal);
            throw refusal;
        }
        AccountState account = accounts.find(username)
                .orElseThrow(() ->
                        InvalidInputException.of(InvalidInputException.Input.OTHER, "error.account.unknown", username));
        try {
            AdminRegion.requireAccount(acting, users.find(username).orElseThrow());
            if (acting.username().equals(username)) {
                throw NotAllowedException.of("error.admin.ownAccount");
            }
        } catch (NotAllowedException refusal) {
            audit.refused(acting, "password-reset:" + username, refusal);
            throw refusal;
        }
        set(account, temporary, true);
        audit.success(SecurityEventType.PASSWORD_RESET, acting.username(), username, null);
        events.publishEvent(new AccountChanged(username));
    }

    private void set(AccountState account, String next, boolean mustChange) {
        List<PasswordProblem> problems = new ArrayList<>(policy.check(account.username(), next));
        if (encoder.matches(next, account.passwordHash())) {
            problems.add(PasswordProblem.UNCHANGED);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    InvalidInputException.Input.OTHER,
                    Message.of(
                            "error.password.policy",
                            problems.stream().map(policy::text).toList()));
        }
        accounts.setPassword(account.username(), encoder.encode(next), mustChange, clock.instant());
    }
}
