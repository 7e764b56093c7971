package cn.perftarget.workflow.approval;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.table.TableStatus;

/**
 * What an action did.
 *
 * @param tableId      the table
 * @param action       what was recorded
 * @param fromStatus   status before
 * @param toStatus     status after (the same for claim, unclaim and transfer)
 * @param revisionId   the revision the action concerns (frozen, reviewed or approved), may be null
 * @param auditEntryId the audit entry written
 */
public record ActionResult(long tableId, AuditAction action, TableStatus fromStatus, TableStatus toStatus,
                           Long revisionId, long auditEntryId) {
}
