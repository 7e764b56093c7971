package cn.perftarget.workflow.account;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.account.AccountState;
import cn.perftarget.domain.account.Failure;
import cn.perftarget.domain.account.LockoutPolicy;
import cn.perftarget.domain.account.Totp;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityOutcome;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.SecondFactorPolicy;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.identity.WebappPasswords;
import cn.perftarget.workflow.security.SecurityAudit;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Signing in (登录, 登录失败处理): the one check of a username and password, for the application's login and for the
 * Camunda webapps' login alike. Every attempt costs one BCrypt comparison — an unknown username is compared with a
 * dummy hash — so the time taken does not tell which usernames exist. Wrong passwords in a row lock the account
 * ({@link LockoutPolicy}); a locked account is refused whatever the password. Every attempt is written to the
 * security log with the client's address.
 */
@Service
public class SignIn implements WebappPasswords {

    private final UserRepository users;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final LockoutPolicy lockout;
    private final SecondFactors secondFactors;
    private final SecurityAudit audit;
    private final Clock clock;
    private final String dummyHash;

    SignIn(
            UserRepository users,
            AccountRepository accounts,
            PasswordEncoder encoder,
            LockoutPolicy lockout,
            SecondFactors secondFactors,
            SecurityAudit audit,
            ObjectProvider<Clock> clock) {
        this.users = users;
        this.accounts = accounts;
        this.encoder = encoder;
        this.lockout = lockout;
        this.secondFactors = secondFactors;
        this.audit = audit;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.dummyHash = encoder.encode(HexFormat.of().formatHex(random));
    }

    /**
     * The password step of the application's login. Accepted, it says what the sign-in still owes ({@link
     * PendingStep}); the failure count starts again only when the sign-in is complete ({@link #completed}), so that
     * the codes after a right password are counted with the passwords.
     */
    public SignInResult password(String typedUsername, String password, @Nullable String client) {
        String username = typedUsername.strip();
        Instant now = clock.instant();
        Optional<AccountState> found = username.isEmpty() ? Optional.empty() : accounts.find(username);
        boolean matches =
                encoder.matches(password, found.map(AccountState::passwordHash).orElse(dummyHash));
        if (found.isEmpty()) {
            fail(SecurityEventType.LOGIN_FAILED, username, SecurityDetails.UNKNOWN_USER, client);
            return SignInResult.refused();
        }
        AccountState account = found.get();
        if (account.lockedAt(now)) {
            fail(SecurityEventType.LOGIN_FAILED, username, SecurityDetails.LOCKED, client);
            return SignInResult.locked(account.lockedUntil() == null ? now : account.lockedUntil());
        }
        if (!account.enabled()) {
            fail(SecurityEventType.LOGIN_FAILED, username, SecurityDetails.DISABLED, client);
            return SignInResult.refused();
        }
        if (!matches) {
            return countFailure(username, SecurityDetails.WRONG_PASSWORD, client, now);
        }
        AppUser user = users.findByUsername(username).orElseThrow();
        List<PendingStep> steps = new ArrayList<>();
        if (account.enrolled()) {
            steps.add(PendingStep.SECOND_FACTOR);
        }
        if (account.mustChangePassword()) {
            steps.add(PendingStep.CHANGE_PASSWORD);
        }
        if (!account.enrolled() && SecondFactorPolicy.required(user)) {
            steps.add(PendingStep.ENROL_SECOND_FACTOR);
        }
        if (steps.isEmpty()) {
            completed(username, client);
        }
        return new SignInResult(SignInResult.Outcome.ACCEPTED, user, steps, null);
    }

    /** The code of the second factor at sign-in; wrong codes count like wrong passwords. */
    public CodeCheck code(String username, String code, @Nullable String client) {
        Instant now = clock.instant();
        AccountState account = accounts.find(username).orElse(null);
        if (account == null || !account.enabled()) {
            return new CodeCheck(false, null);
        }
        if (account.lockedAt(now)) {
            fail(SecurityEventType.SECOND_FACTOR, username, SecurityDetails.LOCKED, client);
            return new CodeCheck(false, account.lockedUntil());
        }
        if (secondFactors.accept(account, code, now)) {
            return new CodeCheck(true, null);
        }
        SignInResult counted = countFailureAs(SecurityEventType.SECOND_FACTOR, username, client, now);
        return new CodeCheck(false, counted.lockedUntil());
    }

    /** The sign-in is complete: the failure count starts again, and the log says who signed in from where. */
    public void completed(String username, @Nullable String client) {
        accounts.recordSuccess(username);
        audit.write(SecurityEventType.LOGIN, username, null, SecurityOutcome.SUCCESS, null, client);
    }

    /**
     * The Camunda webapps' login (through the engine's identity provider): the same password check and lock. A user
     * whose sign-in needs a second factor types the password followed by the current 6-digit code; a user who must
     * change the password or enrol a second factor first does that in the application.
     */
    @Override
    public boolean check(String username, String passwordAndCode) {
        Instant now = clock.instant();
        Optional<AccountState> found = accounts.find(username);
        AppUser user = found.isPresent() ? users.findByUsername(username).orElse(null) : null;
        boolean twoFactors =
                found.isPresent() && (found.get().enrolled() || (user != null && SecondFactorPolicy.required(user)));
        String password = passwordAndCode;
        String code = "";
        if (twoFactors && passwordAndCode.length() > Totp.DIGITS) {
            password = passwordAndCode.substring(0, passwordAndCode.length() - Totp.DIGITS);
            code = passwordAndCode.substring(passwordAndCode.length() - Totp.DIGITS);
        }
        boolean matches =
                encoder.matches(password, found.map(AccountState::passwordHash).orElse(dummyHash));
        if (found.isEmpty() || user == null) {
            fail(SecurityEventType.LOGIN_FAILED, username, SecurityDetails.UNKNOWN_USER, null);
            return false;
        }
        AccountState account = found.get();
        if (account.lockedAt(now) || !account.enabled()) {
            fail(
                    SecurityEventType.LOGIN_FAILED,
                    username,
                    account.enabled() ? SecurityDetails.LOCKED : SecurityDetails.DISABLED,
                    null);
            return false;
        }
        if (!matches) {
            countFailure(username, SecurityDetails.WRONG_PASSWORD, null, now);
            return false;
        }
        if (account.mustChangePassword() || (twoFactors && !account.enrolled())) {
            fail(
                    SecurityEventType.LOGIN_FAILED,
                    username,
                    account.mustChangePassword() ? SecurityDetails.MUST_CHANGE : SecurityDetails.NOT_ENROLLED,
                    null);
            return false;
        }
        if (twoFactors && !secondFactors.accept(account, code, now)) {
            countFailureAs(SecurityEventType.SECOND_FACTOR, username, null, now);
            return false;
        }
        accounts.recordSuccess(username);
        audit.success(SecurityEventType.LOGIN, username, null, SecurityDetails.WEBAPPS);
        return true;
    }

    private SignInResult countFailure(String username, String detail, @Nullable String client, Instant now) {
        fail(SecurityEventType.LOGIN_FAILED, username, detail, client);
        return lockIfDue(username, client, now);
    }

    private SignInResult countFailureAs(SecurityEventType type, String username, @Nullable String client, Instant now) {
        fail(type, username, SecurityDetails.WRONG_CODE, client);
        return lockIfDue(username, client, now);
    }

    private SignInResult lockIfDue(String username, @Nullable String client, Instant now) {
        Failure failure = accounts.recordFailure(username, now, lockout).orElse(null);
        if (failure == null || failure.lockedUntil() == null) {
            return SignInResult.refused();
        }
        if (failure.newlyLocked()) {
            audit.write(
                    SecurityEventType.LOCKED,
                    "system",
                    username,
                    SecurityOutcome.SUCCESS,
                    String.valueOf(failure.failedLogins()),
                    client);
        }
        return SignInResult.locked(failure.lockedUntil());
    }

    private void fail(SecurityEventType type, String username, String detail, @Nullable String client) {
        audit.write(type, username.isEmpty() ? "-" : username, null, SecurityOutcome.FAILURE, detail, client);
    }
}
