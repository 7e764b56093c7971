package cn.perftarget.workflow.department;

import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.org.Organisation;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A department's part of a fiscal year as a user reads it.
 *
 * @param content   the part as stored; blank when none is stored yet
 * @param version   the version to save against: 0 when none is stored yet
 * @param updatedBy who saved the stored version, null when none is stored
 * @param updatedAt when, null when none is stored
 * @param editable  the user may change it (a department reviewer of the department)
 */
public record DepartmentPart(
        Organisation department,
        int fiscalYear,
        DepartmentTargets content,
        int version,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt,
        boolean editable) {

    /** A part with nothing in it. */
    public static final DepartmentTargets BLANK = new DepartmentTargets("", "", List.of(), "");

    /** Whether a part is stored. */
    public boolean stored() {
        return version > 0;
    }
}
