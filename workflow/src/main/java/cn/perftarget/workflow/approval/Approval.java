package cn.perftarget.workflow.approval;

import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionKind;
import cn.perftarget.domain.revision.RevisionRepository;
import cn.perftarget.domain.table.StoredTable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 批复: the revision under review becomes the approved (批复) version. Revisions are immutable, so its snapshot is
 * frozen again as a revision of kind APPROVED (copied in the database, {@link RevisionRepository#refreeze}), which the
 * table then holds in force; an adjustment ends here too.
 */
@Component
class Approval {

    private final RevisionRepository revisions;

    Approval(RevisionRepository revisions) {
        this.revisions = revisions;
    }

    /** The approved revision and the table with it in force. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Approved approve(TableHandle handle, String approvedBy) {
        Long reviewed = handle.round().reviewRevisionId();
        Revision approved = revisions
                .refreeze(handle.id(), reviewed == null ? -1 : reviewed, RevisionKind.APPROVED, approvedBy)
                .orElseThrow(() -> new IllegalStateException("table " + handle.id() + " has no revision to approve"));
        StoredTable table = handle.table()
                .withContent(approved.snapshot())
                .withApprovedRevisionId(approved.id())
                .withAdjusting(false);
        return new Approved(approved, table);
    }

    /** A rejected adjustment: the approved version stays in force and becomes the working copy again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredTable keepApproved(TableHandle handle) {
        Long inForceId = handle.table().approvedRevisionId();
        Revision inForce =
                inForceId == null ? null : revisions.findById(inForceId).orElse(null);
        if (inForce == null) {
            throw new IllegalStateException("table " + handle.id() + " has no approved revision");
        }
        return handle.table().withContent(inForce.snapshot()).withAdjusting(false);
    }

    record Approved(Revision revision, StoredTable table) {}
}
