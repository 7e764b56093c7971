package cn.perftarget.domain.dbrole;

import java.util.List;

/** The tables whose rows, once written, never change: the application role may only insert and read them. */
public final class AuditTables {

    /**
     * Append-only: entries of the audit chains, the security log, frozen revisions, the anchors of the chains, the
     * history of the department parts.
     */
    public static final List<String> APPEND_ONLY = List.of(
            "audit_entry",
            "security_event",
            "table_revision",
            "audit_anchor",
            "audit_anchor_head",
            "department_targets_change",
            "urge");

    /**
     * The heads of the chains: inserted and moved forward by the application (their triggers refuse any other
     * update), never deleted.
     */
    public static final List<String> HEADS = List.of("audit_head", "security_head");

    /** Flyway's record of the migrations: read-only for the application role. */
    static final String MIGRATION_HISTORY = "flyway_schema_history";

    private AuditTables() {}
}
