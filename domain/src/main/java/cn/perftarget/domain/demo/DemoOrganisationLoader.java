package cn.perftarget.domain.demo;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.account.SecretSealer;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.SecondFactorPolicy;
import cn.perftarget.domain.user.UserRepository;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo bureaus, sections, departments, units and one demo user per role; idempotent. A demo user is
 * created only when its username is free: an existing user — a changed password, an enrolled second factor, a real
 * {@code admin} of a real database — is never changed. Demo users whose role must sign in with a second factor get
 * the published demo secret {@link DemoMode#DEMO_TOTP_SECRET}.
 */
@Component
public class DemoOrganisationLoader {

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final AccountRepository accounts;
    private final SecretSealer sealer;
    private final PasswordEncoder passwordEncoder;

    public DemoOrganisationLoader(
            OrganisationRepository organisations,
            UserRepository users,
            AccountRepository accounts,
            SecretSealer sealer,
            PasswordEncoder passwordEncoder) {
        this.organisations = organisations;
        this.users = users;
        this.accounts = accounts;
        this.sealer = sealer;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates what is missing; returns the usernames of the demo users it created. */
    @Transactional
    public List<String> load(String demoPassword) {
        DemoOrganisation def = read();
        Map<String, Organisation> byCode = new HashMap<>();
        for (DemoOrganisation.Region region : def.regions()) {
            Organisation bureau = organisations.save(new Organisation(
                    null, region.bureau().code(), region.bureau().name(), OrgKind.BUREAU, null, region.region()));
            byCode.put(bureau.code(), bureau);
            for (DemoOrganisation.Department d : region.departments()) {
                Organisation dept = organisations.save(
                        new Organisation(null, d.code(), d.name(), OrgKind.DEPARTMENT, bureau.id(), region.region()));
                byCode.put(dept.code(), dept);
                for (DemoOrganisation.Org u : d.units()) {
                    byCode.put(
                            u.code(),
                            organisations.save(new Organisation(
                                    null, u.code(), u.name(), OrgKind.UNIT, dept.id(), region.region())));
                }
            }
            for (DemoOrganisation.Section s : region.sections()) {
                Organisation section = organisations.save(
                        new Organisation(null, s.code(), s.name(), OrgKind.SECTION, bureau.id(), region.region()));
                byCode.put(section.code(), section);
                for (String code : s.departments()) {
                    Organisation department = byCode.get(code);
                    if (department == null) {
                        throw new IllegalStateException(
                                "demo section " + s.code() + ": department " + code + " missing");
                    }
                    organisations.assignDepartment(section.savedId(), department.savedId());
                }
            }
        }
        String hash = passwordEncoder.encode(demoPassword);
        List<String> created = new ArrayList<>();
        for (DemoOrganisation.User u : def.users()) {
            Organisation org = byCode.get(u.org());
            if (org == null) {
                throw new IllegalStateException("demo user " + u.username() + ": organisation " + u.org() + " missing");
            }
            Set<Role> roles = u.roles().stream()
                    .map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            if (users.createIfAbsent(u.username(), u.name(), hash, org.savedId(), roles, u.lead())) {
                created.add(u.username());
                if (roles.stream().anyMatch(SecondFactorPolicy.REQUIRED::contains)) {
                    accounts.setSecondFactor(u.username(), sealer.seal(u.username(), DemoMode.DEMO_TOTP_SECRET), null);
                }
            }
        }
        return created;
    }

    static DemoOrganisation read() {
        try (InputStream in = DemoOrganisationLoader.class.getResourceAsStream("/demo/organisation.json")) {
            return new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, DemoOrganisation.class);
        } catch (IOException e) {
            throw new UncheckedIOException("demo organisation definition cannot be read", e);
        }
    }
}
