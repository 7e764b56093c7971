package cn.perftarget.workflow.account;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.account.AccountState;
import cn.perftarget.domain.account.SecretSealer;
import cn.perftarget.domain.account.Totp;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.SecondFactorPolicy;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.security.SecurityAudit;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * 双因素认证: enrolling a TOTP second factor — at the first sign-in of a role that requires one, or from the profile
 * page for anyone. The secret is stored sealed ({@link SecretSealer}) once a code of it has been confirmed.
 */
@Service
public class SecondFactorEnrolment {

    private final AccountRepository accounts;
    private final Accounts users;
    private final SecretSealer sealer;
    private final Totp totp;
    private final SecurityAudit audit;
    private final Clock clock;

    SecondFactorEnrolment(
            AccountRepository accounts,
            Accounts users,
            SecretSealer sealer,
            Totp totp,
            SecurityAudit audit,
            ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.users = users;
        this.sealer = sealer;
        this.totp = totp;
        this.audit = audit;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** Whether the user has a second factor. */
    public boolean enrolled(AppUser user) {
        return accounts.find(user.username()).map(AccountState::enrolled).orElse(false);
    }

    /** Whether the user's role requires one. */
    public boolean required(AppUser user) {
        return SecondFactorPolicy.required(user);
    }

    /** A new secret for the user to add to an authenticator app; nothing is stored yet. */
    public Enrolment start(String username) {
        String secret = totp.newSecret();
        String issuer = MessageBundles.domain().chinese(Message.of("account.totp.issuer"));
        return new Enrolment(secret, totp.qrDataUri(secret, username, issuer));
    }

    /** Confirms the enrolment with a code of the new secret and stores it sealed; a wrong code stores nothing. */
    public void confirm(String username, Enrolment enrolment, String code) {
        AccountState account =
                accounts.find(username).orElseThrow(() -> NotAllowedException.of("error.account.disabled"));
        if (!account.enabled()) {
            throw NotAllowedException.of("error.account.disabled");
        }
        Instant now = clock.instant();
        OptionalLong step = totp.matches(enrolment.secret(), code, now);
        if (step.isEmpty()) {
            audit.failure(SecurityEventType.SECOND_FACTOR, username, username, "security.detail.wrongCode");
            throw InvalidInputException.of(InvalidInputException.Input.OTHER, "error.secondFactor.wrongCode");
        }
        accounts.setSecondFactor(username, sealer.seal(username, enrolment.secret()), step.getAsLong());
        audit.success(SecurityEventType.SECOND_FACTOR, username, username, "security.detail.enrolled");
    }

    /** The signed-in user enrols from the profile page. */
    public void confirm(AppUser user, Enrolment enrolment, String code) {
        confirm(users.acting(user).username(), enrolment, code);
    }
}
