package cn.perftarget.workflow.approval;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.table.TableStatus;
import org.jspecify.annotations.Nullable;

/**
 * What an action did.
 *
 * @param tableId      the table
 * @param action       what was recorded
 * @param fromStatus   status before, null when the action created the table
 * @param toStatus     status after (the same for claim, unclaim and transfer)
 * @param revisionId   the revision the action concerns (frozen, reviewed or approved), may be null
 * @param auditEntryId the audit entry written
 */
public record ActionResult(
        long tableId,
        AuditAction action,
        @Nullable TableStatus fromStatus,
        TableStatus toStatus,
        @Nullable Long revisionId,
        long auditEntryId) {}
