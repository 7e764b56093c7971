package cn.perftarget.workflow.read;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionDiff;
import cn.perftarget.domain.revision.RevisionRepository;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.workflow.process.RoundRepository;
import cn.perftarget.workflow.process.RoundState;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the review screen shows of a table the caller has already found visible: which content (the revision under
 * review, or the working copy), compared with which revision, its findings, the waiting task, the last comment.
 */
@Component
class ReviewReading {

    private static final Set<TableStatus> IN_REVIEW =
            EnumSet.of(TableStatus.DEPT_REVIEW, TableStatus.FISCAL_REVIEW, TableStatus.UNIT_CONFIRM);
    private static final Set<AuditAction> COMMENTING =
            EnumSet.of(AuditAction.RETURN, AuditAction.GRADE, AuditAction.DISPUTE, AuditAction.PASS);

    private final RevisionRepository revisions;
    private final RoundRepository rounds;
    private final AuditLog audit;
    private final TableParts parts;

    ReviewReading(RevisionRepository revisions, RoundRepository rounds, AuditLog audit, TableParts parts) {
        this.revisions = revisions;
        this.rounds = rounds;
        this.audit = audit;
        this.parts = parts;
    }

    ReviewSubject of(StoredTable table) {
        Organisation unit = parts.unit(table);
        RoundState round = rounds.state(table.id());
        Revision underReview = round.reviewRevisionId() == null
                ? null
                : revisions.findById(round.reviewRevisionId()).orElse(null);
        Revision inReview = IN_REVIEW.contains(table.status()) ? underReview : null;
        TargetTable shown = inReview != null ? inReview.snapshot() : table.content();
        Revision compared = null;
        RevisionDiff diff = null;
        if (table.status() == TableStatus.UNIT_CONFIRM) {
            diff = reviewerEdit(round);
            compared = previous(table.id(), underReview);
        } else if (inReview != null) {
            compared = previous(table.id(), inReview);
            diff = compared == null ? null : RevisionDiff.between(compared.snapshot(), shown);
        } else if (table.status() == TableStatus.DRAFTING && underReview != null) {
            // returned: what the unit has changed since the revision that came back
            compared = underReview;
            diff = RevisionDiff.between(underReview.snapshot(), shown);
        }
        return new ReviewSubject(
                table,
                unit,
                shown,
                inReview,
                compared,
                diff,
                parts.findings(table, unit, shown),
                parts.waitingTask(table).orElse(null),
                lastComment(audit.history(table.id())));
    }

    /** 单位确认: what the fiscal reviewer's 良 edit changed in the unit's submission; empty when there is none. */
    private RevisionDiff reviewerEdit(RoundState round) {
        Long editedId = round.reviewRevisionId();
        Long submittedId = round.submittedRevisionId();
        if (editedId == null || submittedId == null || editedId.equals(submittedId)) {
            return new RevisionDiff(List.of(), List.of());
        }
        Revision submitted = revisions.findById(submittedId).orElseThrow();
        Revision edited = revisions.findById(editedId).orElseThrow();
        return RevisionDiff.between(submitted.snapshot(), edited.snapshot());
    }

    /** The revision before {@code revision}: what it was last compared with (the one returned, or the 批复 one). */
    private @Nullable Revision previous(long tableId, @Nullable Revision revision) {
        Revision before = null;
        if (revision == null) {
            return null;
        }
        for (Revision r : revisions.listByTable(tableId)) {
            if (r.revisionNo() < revision.revisionNo()) {
                before = r;
            }
        }
        return before;
    }

    private static @Nullable AuditEntry lastComment(List<AuditEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            AuditEntry e = history.get(i);
            if (COMMENTING.contains(e.action())
                    && e.comment() != null
                    && !e.comment().isBlank()) {
                return e;
            }
        }
        return null;
    }
}
