package cn.perftarget.domain.department;

import cn.perftarget.domain.importer.DepartmentTargets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of a department part, as the history keeps it for good.
 *
 * @param version    the version the change produced
 * @param oldContent the content before, null for the first version
 */
public record DepartmentTargetsChange(
        long departmentId,
        int fiscalYear,
        int version,
        String changedBy,
        Instant changedAt,
        ChangeSource source,
        @Nullable DepartmentTargets oldContent,
        DepartmentTargets newContent) {}
