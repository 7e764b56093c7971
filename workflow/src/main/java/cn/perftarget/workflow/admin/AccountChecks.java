package cn.perftarget.workflow.admin;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.access.AdminRegion;
import cn.perftarget.workflow.account.AccountAdministration;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules of an account the 系统管理员 creates or changes: a username of letters, digits and {@code . _ -} not yet
 * taken, a name, an active organisation of the administrator's region, and at least one table role (三员分立: the
 * administrator roles stay with the 安全管理员) that fits the organisation — 编制人 in a unit, 主管部门审核人 in a
 * department or unit, 财政审核人 in a fiscal section, 查阅人 in the bureau or a section.
 */
@Component
class AccountChecks {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    static final int MAX_NAME = 100;

    private final UserRepository users;
    private final OrganisationRepository organisations;

    AccountChecks(UserRepository users, OrganisationRepository organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    /** A form checked: its organisation when it is one of the region, and every problem found. */
    record Checked(@Nullable Organisation organisation, List<Message> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Every problem of the form; {@code usernamesTaken} are names taken beside the stored ones (earlier rows of an
     * import).
     */
    Checked check(AppUser admin, AccountForm form, boolean creating, Set<String> usernamesTaken) {
        List<Message> problems = new ArrayList<>();
        if (creating) {
            if (!USERNAME.matcher(form.username()).matches()) {
                problems.add(Message.of("error.admin.username", form.username()));
            } else if (usernamesTaken.contains(form.username())
                    || users.findByUsername(form.username()).isPresent()) {
                problems.add(Message.of("error.admin.usernameTaken", form.username()));
            }
        }
        if (form.displayName().isEmpty() || form.displayName().length() > MAX_NAME) {
            problems.add(Message.of("error.admin.name", MAX_NAME));
        }
        Optional<Organisation> found = form.organisationCode().isEmpty()
                ? Optional.empty()
                : organisations.findByCode(form.organisationCode());
        Organisation org =
                found.filter(o -> o.regionCode().equals(AdminRegion.of(admin))).orElse(null);
        if (found.isEmpty()) {
            problems.add(Message.of("error.account.unknownOrganisation", form.organisationCode()));
        } else if (org == null) {
            problems.add(Message.of("error.admin.organisationOutsideRegion", form.organisationCode()));
        } else if (organisations.isDeactivated(org.savedId())) {
            problems.add(Message.of("error.admin.organisationDeactivated", org.code()));
        }
        if (form.roles().isEmpty()) {
            problems.add(Message.of("error.admin.noRole"));
        } else if (!AccountAdministration.TABLE_ROLES.containsAll(form.roles())) {
            problems.add(Message.of("error.admin.tableRolesOnly"));
        } else if (org != null) {
            for (Role role : form.roles().stream().sorted().toList()) {
                if (!fits(role, org.kind())) {
                    problems.add(Message.of("error.admin.roleDoesNotFit", role, org.kind()));
                }
            }
        }
        return new Checked(org, List.copyOf(problems));
    }

    /** The organisation of a valid form; throws the first problem (another region's organisation as a refusal). */
    Organisation require(AppUser admin, AccountForm form, boolean creating) {
        Checked checked = check(admin, form, creating, Set.of());
        for (Message problem : checked.problems()) {
            if (problem.key().equals("error.admin.organisationOutsideRegion")) {
                throw new NotAllowedException(problem);
            }
        }
        if (!checked.ok()) {
            throw new InvalidInputException(
                    InvalidInputException.Input.OTHER, checked.problems().get(0));
        }
        return Objects.requireNonNull(checked.organisation());
    }

    static boolean fits(Role role, OrgKind kind) {
        return switch (role) {
            case DRAFTER -> kind == OrgKind.UNIT;
            case DEPT_REVIEWER -> kind == OrgKind.DEPARTMENT || kind == OrgKind.UNIT;
            case FISCAL_REVIEWER -> kind == OrgKind.SECTION;
            case AUDITOR -> kind == OrgKind.BUREAU || kind == OrgKind.SECTION;
            default -> false;
        };
    }
}
