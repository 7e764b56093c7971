package cn.perftarget.domain.org;

import org.jspecify.annotations.Nullable;

/**
 * A fiscal bureau, one of its sections, a department or a unit.
 *
 * @param id       database id, null for an organisation not yet saved
 * @param parentId the bureau of a section or department, the department of a unit; null for a bureau
 */
public record Organisation(
        @Nullable Long id,
        String code,
        String name,
        OrgKind kind,
        @Nullable Long parentId,
        String regionCode) {

    /** The id of an organisation read from the database or returned by a save; fails for one not saved yet. */
    public long savedId() {
        if (id == null) {
            throw new IllegalStateException("organisation " + code + " is not saved");
        }
        return id;
    }
}
