package cn.perftarget.workflow.listing;

import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.workflow.approval.ActionRecord;
import cn.perftarget.workflow.approval.ApprovalObserver;
import org.springframework.stereotype.Component;

/**
 * Keeps the list filters of a table in the action's transaction: its findings when its content changed (created,
 * imported, edited, a 良 edit, an approval that restores a version). Its last fiscal grade is written with the grading's
 * state change ({@code Transitions}).
 */
@Component
class ListingObserver implements ApprovalObserver {

    private final FindingIndex findings;

    ListingObserver(FindingIndex findings) {
        this.findings = findings;
    }

    @Override
    public void afterAction(ActionRecord record) {
        AuditEntry entry = record.audit();
        boolean created = entry.fromState() == null && entry.toState() != null;
        if (created || !record.after().content().equals(record.before().content())) {
            findings.refresh(record.after());
        }
    }
}
