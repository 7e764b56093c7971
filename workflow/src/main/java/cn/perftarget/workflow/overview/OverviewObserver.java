package cn.perftarget.workflow.overview;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.workflow.approval.ActionRecord;
import cn.perftarget.workflow.approval.ApprovalObserver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Marks a table that needed a return (主管部门退回, or 中 by the fiscal review: back to the unit), in the action's
 * transaction; the counters follow by their trigger (V18).
 */
@Component
class OverviewObserver implements ApprovalObserver {

    private final JdbcTemplate jdbc;

    OverviewObserver(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterAction(ActionRecord record) {
        if (isReturn(record.audit())) {
            jdbc.update(
                    "update target_table set returned = true where id = ? and not returned",
                    record.after().id());
        }
    }

    /** The entry sends the table back to its unit for another try. */
    static boolean isReturn(AuditEntry entry) {
        return entry.action() == AuditAction.RETURN
                || (entry.action() == AuditAction.GRADE && entry.toState() == TableStatus.DRAFTING);
    }
}
