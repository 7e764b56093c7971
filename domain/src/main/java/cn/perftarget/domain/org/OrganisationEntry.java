package cn.perftarget.domain.org;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as the 系统管理员 sees it in the tree: whether it is deactivated, the section responsible for a
 * department (the one the fiscal review is routed to), and how many users and tables it has.
 *
 * @param sectionCode the responsible section of a department (the first by code when several are), null otherwise
 * @param users       accounts of this organisation
 * @param tables      target tables of this unit
 * @param children    organisations directly under it
 */
public record OrganisationEntry(
        Organisation organisation,
        boolean deactivated,
        @Nullable String sectionCode,
        int users,
        int tables,
        int children) {

    public String code() {
        return organisation.code();
    }

    public OrgKind kind() {
        return organisation.kind();
    }
}
