package cn.perftarget.workflow.approval;

import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.user.AppUser;

/**
 * An action as it was done: who, the audit entry written, and the table before and after.
 *
 * @param actor  the acting user
 * @param before the table as the action found it
 * @param after  the table as it now stands
 */
public record ActionRecord(AppUser actor, AuditEntry audit, StoredTable before, StoredTable after) {}
