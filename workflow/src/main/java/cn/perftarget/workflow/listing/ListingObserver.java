package cn.perftarget.workflow.listing;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.workflow.approval.ActionRecord;
import cn.perftarget.workflow.approval.ApprovalObserver;
import cn.perftarget.workflow.history.AuditNote;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the list filters of a table in the action's transaction: its findings when its content changed (created,
 * imported, edited, a 良 edit, an approval that restores a version) and its last fiscal grade when it was graded.
 */
@Component
class ListingObserver implements ApprovalObserver {

    private final FindingIndex findings;
    private final JdbcTemplate jdbc;

    ListingObserver(FindingIndex findings, JdbcTemplate jdbc) {
        this.findings = findings;
        this.jdbc = jdbc;
    }

    @Override
    public void afterAction(ActionRecord record) {
        AuditEntry entry = record.audit();
        boolean created = entry.fromState() == null && entry.toState() != null;
        if (created || !record.after().content().equals(record.before().content())) {
            findings.refresh(record.after());
        }
        if (entry.action() == AuditAction.GRADE
                && AuditNote.parse(entry.action(), entry.comment()) instanceof AuditNote.Graded graded) {
            jdbc.update(
                    "update target_table set last_grade = ? where id = ?",
                    graded.grade().name(),
                    record.after().id());
        }
    }
}
