package cn.perftarget.domain.user;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh production database has no users: given {@code PERFTARGET_ADMIN_PASSWORD}, the first start creates the
 * administrator {@code admin} (in an organisation of its own) so that someone can log in and set up the rest.
 * Nothing happens when an administrator already exists.
 */
@Component
@Order(5)
public class AdministratorBootstrap implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final String password;
    private final String region;

    public AdministratorBootstrap(
            UserRepository users,
            OrganisationRepository organisations,
            PasswordEncoder passwordEncoder,
            @Value("${perftarget.bootstrap.admin-password:}") String password,
            @Value("${perftarget.bootstrap.region:000000}") String region) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.password = password;
        this.region = region;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank() || users.findAll().stream().anyMatch(u -> u.has(Role.SYSTEM_ADMIN))) {
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException(chinese("admin.passwordTooShort", "12", "PERFTARGET_ADMIN_PASSWORD"));
        }
        // the names are stored as data, in the system's language
        Organisation org = organisations.save(
                new Organisation(null, "SYSTEM", chinese("admin.organisation"), OrgKind.BUREAU, null, region));
        users.save(
                USERNAME,
                chinese("admin.displayName"),
                passwordEncoder.encode(password),
                org.savedId(),
                EnumSet.of(Role.SYSTEM_ADMIN),
                false);
        log.info(chinese("admin.created", USERNAME));
    }

    private static String chinese(String key, Object... args) {
        return MessageBundles.domain().chinese(Message.of(key, args));
    }
}
