package cn.perftarget.domain.user;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.account.PasswordPolicy;
import cn.perftarget.domain.account.PasswordProblem;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.security.SecurityEvent;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh production database has no users: given {@code perftarget.bootstrap.admin-password} (environment
 * {@code PERFTARGET_ADMIN_PASSWORD}, see the README), the first start creates the three administrators of 三员分立 —
 * {@code admin} (系统管理员), {@code secadmin} (安全管理员), {@code auditadmin} (审计管理员) — in an organisation of
 * their own, each with that initial password, which the password policy must accept. Default accounts have no rights
 * until configured: each must change the password and enrol a second factor at the first sign-in before anything
 * else. An administrator role that some user already holds is not created again; an existing username is never
 * changed.
 */
@Component
@Order(5)
public class AdministratorBootstrap implements ApplicationRunner {

    /** The three administrators a fresh database starts with. */
    public static final List<Initial> ADMINISTRATORS = List.of(
            new Initial("admin", Role.SYSTEM_ADMIN, "admin.displayName"),
            new Initial("secadmin", Role.SECURITY_ADMIN, "admin.displayName.security"),
            new Initial("auditadmin", Role.AUDIT_ADMIN, "admin.displayName.audit"));

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final UserRepository users;
    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final SecurityLog securityLog;
    private final Clock clock;
    private final String password;
    private final String region;

    public AdministratorBootstrap(
            UserRepository users,
            AccountRepository accounts,
            OrganisationRepository organisations,
            PasswordEncoder passwordEncoder,
            PasswordPolicy policy,
            SecurityLog securityLog,
            ObjectProvider<Clock> clock,
            @Value("${perftarget.bootstrap.admin-password:}") String password,
            @Value("${perftarget.bootstrap.region:000000}") String region) {
        this.users = users;
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.securityLog = securityLog;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.password = password;
        this.region = region;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank()) {
            return;
        }
        List<AppUser> all = users.findAll();
        List<Initial> missing = ADMINISTRATORS.stream()
                .filter(a -> all.stream().noneMatch(u -> u.has(a.role())))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        for (Initial admin : missing) {
            List<PasswordProblem> problems = policy.check(admin.username(), password);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(chinese(Message.of(
                        "admin.passwordRefused",
                        "PERFTARGET_ADMIN_PASSWORD",
                        problems.stream().map(policy::text).toList())));
            }
        }
        // the names are stored as data, in the system's language
        Organisation org = organisations
                .findByCode("SYSTEM")
                .orElseGet(() -> organisations.save(new Organisation(
                        null, "SYSTEM", chinese(Message.of("admin.organisation")), OrgKind.BUREAU, null, region)));
        String hash = passwordEncoder.encode(password);
        for (Initial admin : missing) {
            boolean created = users.createIfAbsent(
                    admin.username(),
                    chinese(Message.of(admin.nameKey())),
                    hash,
                    org.savedId(),
                    EnumSet.of(admin.role()),
                    false);
            if (created) {
                accounts.setPassword(admin.username(), hash, true, clock.instant());
                securityLog.append(
                        SecurityEvent.success(SecurityEventType.RIGHTS_CHANGED, "system", admin.username(), null)
                                .withDetails("bootstrap: " + admin.role().name()));
                log.info(chinese(Message.of("admin.created", admin.username())));
            }
        }
    }

    private static String chinese(Message message) {
        return MessageBundles.domain().chinese(message);
    }

    /** One of the first administrators: username, role, the bundle key of the name shown. */
    public record Initial(String username, Role role, String nameKey) {}
}
