package cn.perftarget.workflow.admin;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.SecondFactorPolicy;
import cn.perftarget.domain.user.UserFilter;
import cn.perftarget.domain.user.UserListEntry;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.access.AdminRegion;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.account.AccountChanged;
import cn.perftarget.workflow.account.Passwords;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.security.ServiceGate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 用户管理 of the 系统管理员, within the region of their organisation: the list with its filters, page by page; a new
 * account with table roles and a generated initial password (shown once, to be changed at the first sign-in); a
 * change of name, organisation and table roles; a password reset. Every change is written to the security log with
 * who, what and old → new; a change that alters what the user may do ends the user's sessions. Disabling and
 * enabling are {@code AccountAdministration.setEnabled}; import from Excel is {@link UserImport}.
 */
@Service
public class UserAdministration {

    private final ServiceGate gate;
    private final UserRepository users;
    private final AccountRepository accounts;
    private final AccountChecks checks;
    private final TemporaryPasswords temporary;
    private final PasswordEncoder encoder;
    private final Passwords passwords;
    private final SecurityAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAdministration(
            ServiceGate gate,
            UserRepository users,
            AccountRepository accounts,
            AccountChecks checks,
            TemporaryPasswords temporary,
            PasswordEncoder encoder,
            Passwords passwords,
            SecurityAudit audit,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.gate = gate;
        this.users = users;
        this.accounts = accounts;
        this.checks = checks;
        this.temporary = temporary;
        this.encoder = encoder;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** A page of the region's users under the filters, by username. */
    @Transactional(readOnly = true)
    public List<UserListEntry> list(AppUser admin, UserSearch search, int offset, int limit) {
        return gate.enter(
                admin,
                ServiceAction.LIST_USERS,
                "",
                by -> users.search(filter(by, search), clock.instant(), Math.max(0, offset), Math.min(limit, 500)));
    }

    /** How many users of the region the filters leave. */
    @Transactional(readOnly = true)
    public int count(AppUser admin, UserSearch search) {
        return gate.enter(admin, ServiceAction.LIST_USERS, "", by -> users.count(filter(by, search), clock.instant()));
    }

    private static UserFilter filter(AppUser by, UserSearch s) {
        return new UserFilter(AdminRegion.of(by), s.text(), s.organisationId(), s.role(), s.enabled(), s.locked());
    }

    /** 新建用户: the account with its initial password, which the user must change at the first sign-in. */
    @Transactional
    public CreatedAccount create(AppUser admin, AccountForm form) {
        return gate.enter(admin, ServiceAction.CREATE_USER, "user:" + form.username(), by -> {
            Organisation org = checks.require(by, form, true);
            CreatedAccount created = createChecked(by, form, org, SecurityDetails.USER_CREATED);
            return created;
        });
    }

    /** Creates a checked account (also for {@link UserImport}) and writes its security log entry. */
    CreatedAccount createChecked(AppUser by, AccountForm form, Organisation org, String detail) {
        String password = temporary.generate(form.username());
        if (!users.create(form.username(), form.displayName(), encoder.encode(password), org.savedId(), form.roles())) {
            throw InvalidInputException.of(
                    InvalidInputException.Input.OTHER, "error.admin.usernameTaken", form.username());
        }
        accounts.requirePasswordChange(form.username());
        audit.success(
                SecurityEventType.ADMINISTRATION,
                by.username(),
                form.username(),
                detail + " " + org.code() + " " + new TreeSet<>(form.roles()));
        return new CreatedAccount(form.username(), form.displayName(), password);
    }

    /**
     * 编辑用户: name, organisation and table roles of an account of the region (not of an administrator: their roles
     * are the 安全管理员's). The security log gets old → new of each; the user's sessions end when the organisation or
     * the roles changed.
     */
    @Transactional
    public void edit(AppUser admin, String username, AccountForm form) {
        gate.enter(admin, ServiceAction.EDIT_USER, "user:" + username, by -> {
            AppUser user = users.findByUsername(username)
                    .orElseThrow(() -> InvalidInputException.of(
                            InvalidInputException.Input.OTHER, "error.account.unknown", username));
            AdminRegion.requireAccount(by, user);
            if (user.roles().stream().anyMatch(SecondFactorPolicy.REQUIRED::contains)) {
                throw NotAllowedException.of("error.admin.administratorAccount", username);
            }
            Organisation org = checks.require(by, form, false);
            boolean moved = !Objects.equals(org.id(), user.organisation().id());
            boolean renamed = !form.displayName().equals(user.displayName());
            boolean rolesChanged = !form.roles().equals(user.roles());
            if (!moved && !renamed && !rolesChanged) {
                return null;
            }
            users.update(username, form.displayName(), org.savedId());
            if (rolesChanged) {
                users.setRoles(username, form.roles());
                audit.success(
                        SecurityEventType.RIGHTS_CHANGED,
                        by.username(),
                        username,
                        new TreeSet<Role>(user.roles()) + " -> " + new TreeSet<>(form.roles()));
            }
            if (moved || renamed) {
                audit.success(
                        SecurityEventType.ADMINISTRATION,
                        by.username(),
                        username,
                        SecurityDetails.USER_EDITED + " " + user.displayName() + " -> " + form.displayName() + ", "
                                + user.organisation().code() + " -> " + org.code());
            }
            if (moved || rolesChanged) {
                events.publishEvent(new AccountChanged(username));
            }
            return null;
        });
    }

    /**
     * 重置密码 by the 系统管理员: a generated temporary password (shown once) the user must change at the next
     * sign-in; the user's sessions end. The reset itself is {@link Passwords#reset} (its checks and log entry).
     */
    @Transactional
    public CreatedAccount resetPassword(AppUser admin, String username) {
        return gate.enter(admin, ServiceAction.RESET_PASSWORD, "user:" + username, by -> {
            AppUser user = users.findByUsername(username)
                    .orElseThrow(() -> InvalidInputException.of(
                            InvalidInputException.Input.OTHER, "error.account.unknown", username));
            AdminRegion.requireAccount(by, user);
            String password = temporary.generate(username);
            passwords.reset(by, username, password);
            return new CreatedAccount(username, user.displayName(), password);
        });
    }
}
