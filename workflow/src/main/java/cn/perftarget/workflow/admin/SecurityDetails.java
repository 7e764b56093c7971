package cn.perftarget.workflow.admin;

/** The notes of the administration's security log entries: keys of the domain's bundle, then the data. */
final class SecurityDetails {

    static final String USER_CREATED = "security.detail.userCreated";
    static final String USER_EDITED = "security.detail.userEdited";
    static final String USERS_IMPORTED = "security.detail.usersImported";
    static final String ORG_CREATED = "security.detail.organisationCreated";
    static final String ORG_RENAMED = "security.detail.organisationRenamed";
    static final String ORG_MOVED = "security.detail.organisationMoved";
    static final String ORG_DEACTIVATED = "security.detail.organisationDeactivated";
    static final String ORG_ACTIVATED = "security.detail.organisationActivated";
    static final String ORG_DELETED = "security.detail.organisationDeleted";
    static final String ORGS_IMPORTED = "security.detail.organisationsImported";
    static final String ORGS_EXPORTED = "security.detail.organisationsExported";
    static final String SECTION_ASSIGNED = "security.detail.sectionAssigned";

    private SecurityDetails() {}
}
