package cn.perftarget.domain.department;

import cn.perftarget.domain.importer.DepartmentTargets;
import java.time.Instant;
import java.util.Objects;

/**
 * A department's part of one fiscal year as stored.
 *
 * @param departmentId the department (organisation id)
 * @param version      optimistic lock: 1 after the first save, one more per change
 * @param updatedBy    username of who saved the stored version
 */
public record StoredDepartmentTargets(
        long departmentId,
        int fiscalYear,
        DepartmentTargets content,
        int version,
        String updatedBy,
        Instant updatedAt) {

    public StoredDepartmentTargets {
        Objects.requireNonNull(content, "content");
    }
}
