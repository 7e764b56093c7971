package cn.perftarget.workflow.account;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.account.LockedAccount;
import cn.perftarget.domain.account.LockoutPolicy;
import cn.perftarget.domain.account.PasswordPolicy;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.SecondFactorPolicy;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.access.AccessPolicy;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.access.AdminRegion;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.security.SecurityAudit;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration of accounts under 三员分立: the 安全管理员 lists locked accounts, unlocks them and assigns roles;
 * the 系统管理员 disables, enables and moves users. Each change is written to the security log, and a change that
 * alters what the user may do ends the user's sessions at once ({@link AccountChanged}).
 * <p>
 * Roles keep the three administrators apart and away from the tables: an administrator role (系统管理员, 安全管理员,
 * 审计管理员, 运维人员) is held alone — never two of them, never with a role that drafts, reviews or reads tables.
 */
@Service
public class AccountAdministration {

    /** The roles that work on tables; none of them goes with an administrator role. */
    public static final Set<Role> TABLE_ROLES =
            Set.copyOf(EnumSet.of(Role.DRAFTER, Role.DEPT_REVIEWER, Role.FISCAL_REVIEWER, Role.AUDITOR));

    private final AccountRepository accounts;
    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final Accounts acting;
    private final PasswordPolicy passwordPolicy;
    private final LockoutPolicy lockoutPolicy;
    private final SecurityAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(
            AccountRepository accounts,
            UserRepository users,
            OrganisationRepository organisations,
            Accounts acting,
            PasswordPolicy passwordPolicy,
            LockoutPolicy lockoutPolicy,
            SecurityAudit audit,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.users = users;
        this.organisations = organisations;
        this.acting = acting;
        this.passwordPolicy = passwordPolicy;
        this.lockoutPolicy = lockoutPolicy;
        this.audit = audit;
        this.events = events;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The password, lockout and second-factor policy in force, for the 安全管理员's screen. */
    public PolicyInForce policy(AppUser admin) {
        require(admin, ServiceAction.READ_SECURITY_POLICY, "policy");
        return new PolicyInForce(
                passwordPolicy.minLength(),
                passwordPolicy.minClasses(),
                passwordPolicy.commonCount(),
                lockoutPolicy.maxFailures(),
                lockoutPolicy.duration(),
                new TreeSet<>(SecondFactorPolicy.REQUIRED));
    }

    /** The accounts locked now. */
    public List<LockedAccount> lockedAccounts(AppUser admin) {
        require(admin, ServiceAction.LIST_LOCKED_ACCOUNTS, "locked-accounts");
        return accounts.locked(clock.instant());
    }

    /** 解除锁定; false when the account was not locked (any more). */
    @Transactional
    public boolean unlock(AppUser admin, String username) {
        AppUser by = require(admin, ServiceAction.UNLOCK_ACCOUNT, "unlock:" + username);
        boolean unlocked = accounts.unlock(username, clock.instant());
        if (unlocked) {
            audit.success(SecurityEventType.UNLOCKED, by.username(), username, null);
        }
        return unlocked;
    }

    /** Gives the user these roles (an empty set: none), within 三员分立. */
    @Transactional
    public void changeRoles(AppUser admin, String username, Set<Role> roles) {
        AppUser by = require(admin, ServiceAction.CHANGE_ROLES, "roles:" + username);
        AppUser user = existing(username);
        if (user.username().equals(by.username())) {
            throw refuse(by, "roles:" + username, "error.account.ownRoles");
        }
        long adminRoles =
                roles.stream().filter(SecondFactorPolicy.REQUIRED::contains).count();
        if (adminRoles > 1 || (adminRoles == 1 && roles.stream().anyMatch(TABLE_ROLES::contains))) {
            throw InvalidInputException.of(InvalidInputException.Input.OTHER, "error.account.separationOfDuties");
        }
        Set<Role> before = new TreeSet<>(user.roles());
        users.setRoles(username, roles);
        audit.success(
                SecurityEventType.RIGHTS_CHANGED, by.username(), username, before + " -> " + new TreeSet<>(roles));
        events.publishEvent(new AccountChanged(username));
    }

    /** Disables (or enables again) an account; a disabled user loses every session at once. */
    @Transactional
    public void setEnabled(AppUser admin, String username, boolean enabled) {
        AppUser by = require(admin, ServiceAction.ENABLE_ACCOUNT, "enable:" + username);
        inRegion(by, existing(username), "enable:" + username);
        if (by.username().equals(username)) {
            throw refuse(by, "enable:" + username, "error.admin.ownAccount");
        }
        accounts.setEnabled(username, enabled);
        audit.success(
                SecurityEventType.ADMINISTRATION,
                by.username(),
                username,
                enabled ? SecurityDetails.ENABLED_BY_ADMIN : SecurityDetails.DISABLED_BY_ADMIN);
        events.publishEvent(new AccountChanged(username));
    }

    /** Moves a user to another organisation (by code): the new scope holds from the next click on. */
    @Transactional
    public void moveTo(AppUser admin, String username, String organisationCode) {
        AppUser by = require(admin, ServiceAction.MOVE_ACCOUNT, "move:" + username);
        AppUser user = inRegion(by, existing(username), "move:" + username);
        Organisation to = organisations
                .findByCode(organisationCode)
                .orElseThrow(() -> InvalidInputException.of(
                        InvalidInputException.Input.OTHER, "error.account.unknownOrganisation", organisationCode));
        try {
            AdminRegion.requireOrganisation(by, to);
        } catch (NotAllowedException e) {
            audit.refused(by, "move:" + username, e);
            throw e;
        }
        users.moveTo(username, to.savedId());
        audit.success(
                SecurityEventType.ADMINISTRATION,
                by.username(),
                username,
                SecurityDetails.MOVED + " " + user.organisation().code() + " -> " + to.code());
        events.publishEvent(new AccountChanged(username));
    }

    /** The account lies in the administrator's region ({@code Reach.REGION}); a refusal is logged. */
    private AppUser inRegion(AppUser by, AppUser user, String what) {
        try {
            AdminRegion.requireAccount(by, user);
        } catch (NotAllowedException e) {
            audit.refused(by, what, e);
            throw e;
        }
        return user;
    }

    private AppUser existing(String username) {
        return users.findByUsername(username)
                .orElseThrow(() ->
                        InvalidInputException.of(InvalidInputException.Input.OTHER, "error.account.unknown", username));
    }

    /** The acting administrator as stored now, if the access policy grants them the action. */
    private AppUser require(AppUser admin, ServiceAction action, String what) {
        AppUser by = acting.acting(admin);
        if (!AccessPolicy.mayAttempt(by, action)) {
            throw refuse(
                    by,
                    what,
                    AccessPolicy.grant(action).roles().contains(Role.SECURITY_ADMIN)
                            ? "error.account.securityAdminOnly"
                            : "error.account.systemAdminOnly");
        }
        return by;
    }

    private NotAllowedException refuse(AppUser by, String what, String key) {
        NotAllowedException refusal = NotAllowedException.of(key);
        audit.refused(by, what, refusal);
        return refusal;
    }
}
