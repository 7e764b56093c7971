package cn.perftarget.workflow.approval;

import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.user.AppUser;

/**
 * An action as it was done: who, the audit entry written, and the table as it now stands.
 *
 * @param actor the acting user, null for the system (timers)
 */
public record ActionRecord(AppUser actor, AuditEntry audit, StoredTable table) {
}
