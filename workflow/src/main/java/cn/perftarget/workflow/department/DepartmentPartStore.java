package cn.perftarget.workflow.department;

import cn.perftarget.domain.department.ChangeSource;
import cn.perftarget.domain.department.DepartmentTargetsRepository;
import cn.perftarget.domain.department.StoredDepartmentTargets;
import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.user.AppUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The second half of a save or an import: the part stored and its change recorded, in one transaction. */
@Component
class DepartmentPartStore {

    private final DepartmentTargetsRepository parts;

    DepartmentPartStore(DepartmentTargetsRepository parts) {
        this.parts = parts;
    }

    @Transactional
    StoredDepartmentTargets save(
            AppUser reviewer,
            Organisation department,
            int fiscalYear,
            DepartmentTargets content,
            int expectedVersion,
            ChangeSource source) {
        return parts.save(department.savedId(), fiscalYear, content, expectedVersion, reviewer.username(), source);
    }
}
