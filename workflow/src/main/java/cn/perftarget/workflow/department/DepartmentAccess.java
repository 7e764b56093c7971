package cn.perftarget.workflow.department;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.access.UserScope;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may read, save and export a department's part — the scope of the department's tables ({@link UserScope}) seen
 * from the department: its department reviewers, the drafters of its units, the fiscal reviewers of a section
 * responsible for it, the auditors of its region. A department out of scope is reported like a missing one.
 */
@Component
class DepartmentAccess {

    private final OrganisationRepository organisations;

    DepartmentAccess(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** The department, if it exists and the user may read its part; otherwise "不存在或无权访问". */
    Organisation readable(AppUser user, String departmentCode) {
        Organisation department = organisations
                .findByCode(departmentCode == null ? "" : departmentCode.strip())
                .filter(o -> o.kind() == OrgKind.DEPARTMENT)
                .orElseThrow(NotFoundException::department);
        standing(user, department).orElseThrow(NotFoundException::department);
        return department;
    }

    /** The department, if the user is one of its department reviewers (who alone change its part). */
    Organisation editable(AppUser user, String departmentCode) {
        Organisation department = readable(user, departmentCode);
        if (standing(user, department).orElseThrow() != Role.DEPT_REVIEWER) {
            throw NotAllowedException.of("error.department.onlyReviewer");
        }
        return department;
    }

    /** The role in which the user exports the department's publication document (not a drafter's). */
    Role exporter(AppUser user, Organisation department) {
        Role role = standing(user, department).orElseThrow(NotFoundException::department);
        if (role == Role.DRAFTER) {
            throw NotAllowedException.of("error.department.export");
        }
        return role;
    }

    /** Whether the user may change the department's part (for the screens: edit or read only). */
    boolean mayEdit(AppUser user, Organisation department) {
        return standing(user, department).filter(r -> r == Role.DEPT_REVIEWER).isPresent();
    }

    /** The departments whose part the user may read, by code. */
    List<Organisation> departments(AppUser user) {
        List<Organisation> out = new ArrayList<>();
        UserScope scope = UserScope.of(user);
        Long ownDepartment = scope.departmentId();
        if (ownDepartment != null) {
            organisations.findById(ownDepartment).ifPresent(out::add);
        }
        Long section = scope.sectionId();
        if (section != null) {
            out.addAll(organisations.departmentsOfSection(section));
        }
        Long bureau = scope.bureauId();
        if (bureau != null) {
            out.addAll(departmentsOfBureau(bureau));
        }
        String region = scope.regionCode();
        if (region != null) {
            organisations.findByKind(OrgKind.DEPARTMENT).stream()
                    .filter(d -> region.equals(d.regionCode()))
                    .forEach(out::add);
        }
        Long unitDepartment =
                scope.unitId() == null ? null : user.organisation().parentId();
        if (unitDepartment != null) {
            organisations.findById(unitDepartment).ifPresent(out::add);
        }
        return out.stream()
                .filter(o -> o.kind() == OrgKind.DEPARTMENT)
                .distinct()
                .sorted(Comparator.comparing(Organisation::code))
                .toList();
    }

    /**
     * The strongest role in which the user stands to the department: its reviewer, a fiscal reviewer responsible
     * for it, an auditor of its region, a drafter of one of its units; empty when none (an administrator, a disabled
     * user, another department's people).
     */
    private Optional<Role> standing(AppUser user, Organisation department) {
        UserScope scope = UserScope.of(user);
        long id = department.savedId();
        if (Objects.equals(scope.departmentId(), id)) {
            return Optional.of(Role.DEPT_REVIEWER);
        }
        Long section = scope.sectionId();
        if (section != null
                && organisations.departmentsOfSection(section).stream().anyMatch(d -> Objects.equals(d.id(), id))) {
            return Optional.of(Role.FISCAL_REVIEWER);
        }
        Long bureau = scope.bureauId();
        if (bureau != null && departmentsOfBureau(bureau).stream().anyMatch(d -> Objects.equals(d.id(), id))) {
            return Optional.of(Role.FISCAL_REVIEWER);
        }
        String region = scope.regionCode();
        if (region != null && region.equals(department.regionCode())) {
            return Optional.of(Role.AUDITOR);
        }
        if (scope.unitId() != null && Objects.equals(user.organisation().parentId(), id)) {
            return Optional.of(Role.DRAFTER);
        }
        return Optional.empty();
    }

    /** The departments of every fiscal section of the bureau (财政局). */
    private List<Organisation> departmentsOfBureau(long bureau) {
        return organisations.findByKind(OrgKind.SECTION).stream()
                .filter(s -> Objects.equals(s.parentId(), bureau))
                .flatMap(s -> organisations.departmentsOfSection(s.savedId()).stream())
                .toList();
    }
}
