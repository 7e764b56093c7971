package cn.perftarget.workflow.read;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The departments and units whose tables a user may see ({@link cn.perftarget.workflow.access.UserScope}), for the
 * filters of the lists: a drafter their unit's department, a department reviewer their department, a fiscal reviewer
 * the departments of their section (one of the bureau itself: of every section of the bureau), an auditor every
 * department of the region.
 */
@Component
class OrganisationsInScope {

    private final OrganisationRepository organisations;

    OrganisationsInScope(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    List<Organisation> departments(AppUser user) {
        if (!user.enabled()) {
            return List.of();
        }
        Organisation org = user.organisation();
        List<Organisation> out = new ArrayList<>();
        if (user.has(Role.FISCAL_REVIEWER) && org.kind() == OrgKind.SECTION) {
            out.addAll(organisations.departmentsOfSection(org.savedId()));
        }
        if (user.has(Role.FISCAL_REVIEWER) && org.kind() == OrgKind.BUREAU) {
            organisations.findByKind(OrgKind.SECTION).stream()
                    .filter(s -> Objects.equals(s.parentId(), org.id()))
                    .forEach(s -> out.addAll(organisations.departmentsOfSection(s.savedId())));
        }
        if (user.has(Role.DEPT_REVIEWER)) {
            Long id = org.kind() == OrgKind.DEPARTMENT ? org.id() : org.parentId();
            if (id != null) {
                organisations.findById(id).ifPresent(out::add);
            }
        }
        if (user.has(Role.AUDITOR)) {
            organisations.findByKind(OrgKind.DEPARTMENT).stream()
                    .filter(d -> d.regionCode() != null && d.regionCode().equals(org.regionCode()))
                    .forEach(out::add);
        }
        if (user.has(Role.DRAFTER) && org.kind() == OrgKind.UNIT && org.parentId() != null) {
            organisations.findById(org.parentId()).ifPresent(out::add);
        }
        return out.stream()
                .distinct()
                .sorted(Comparator.comparing(Organisation::code))
                .toList();
    }

    /**
     * The units of one department in the user's scope, or of all their departments ({@code department} null). A
     * drafter (who is not also a reviewer) sees only their own unit.
     */
    List<Organisation> units(AppUser user, @Nullable Organisation department) {
        List<Organisation> departments = departments(user);
        if (department != null && departments.stream().noneMatch(d -> Objects.equals(d.id(), department.id()))) {
            return List.of();
        }
        boolean onlyOwnUnit =
                !user.has(Role.DEPT_REVIEWER) && !user.has(Role.FISCAL_REVIEWER) && !user.has(Role.AUDITOR);
        List<Organisation> out = new ArrayList<>();
        for (Organisation d : department == null ? departments : List.of(department)) {
            organisations.findChildren(d.savedId()).stream()
                    .filter(o -> o.kind() == OrgKind.UNIT)
                    .filter(o -> !onlyOwnUnit
                            || Objects.equals(o.id(), user.organisation().id()))
                    .forEach(out::add);
        }
        out.sort(Comparator.comparing(Organisation::code));
        return out;
    }
}
