package cn.perftarget.ui.review;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionDiff;
import cn.perftarget.domain.revision.RevisionRepository;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.settings.RegionValidators;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.approval.TableReader;
import cn.perftarget.workflow.approval.WaitingTask;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@link ReviewSubject} through the workflow's {@link TableReader}, which refuses tables outside the user's
 * scope with a NotFoundException ("不存在或无权访问").
 */
@Component
public class ReviewLoader {

    private static final Set<TableStatus> IN_REVIEW =
            EnumSet.of(TableStatus.DEPT_REVIEW, TableStatus.FISCAL_REVIEW, TableStatus.UNIT_CONFIRM);
    private static final Set<AuditAction> COMMENTING =
            EnumSet.of(AuditAction.RETURN, AuditAction.GRADE, AuditAction.DISPUTE, AuditAction.PASS);

    private final TableReader reader;
    private final RevisionRepository revisions;
    private final OrganisationRepository organisations;
    private final TargetTableRepository tables;
    private final RegionValidators validators;

    ReviewLoader(TableReader reader, RevisionRepository revisions, OrganisationRepository organisations,
                 TargetTableRepository tables, RegionValidators validators) {
        this.reader = reader;
        this.revisions = revisions;
        this.organisations = organisations;
        this.tables = tables;
        this.validators = validators;
    }

    public ReviewSubject load(AppUser user, long tableId) {
        StoredTable table = reader.table(user, tableId);
        Organisation unit = organisations.findById(table.unitId()).orElseThrow();
        Revision underReview = reader.revisionUnderReview(user, tableId).orElse(null);
        WaitingTask task = reader.waitingTask(user, tableId).orElse(null);
        boolean inReview = IN_REVIEW.contains(table.status()) && underReview != null;
        TargetTable shown = inReview ? underReview.snapshot() : table.content();
        Revision compared = null;
        RevisionDiff diff = null;
        if (table.status() == TableStatus.UNIT_CONFIRM) {
            diff = reader.reviewerEdit(user, tableId);
            compared = previous(tableId, underReview);
        } else if (inReview) {
            compared = previous(tableId, underReview);
            diff = compared == null ? null : RevisionDiff.between(compared.snapshot(), shown);
        } else if (table.status() == TableStatus.DRAFTING && underReview != null) {
            // returned: what the unit has changed since the revision that came back
            compared = underReview;
            diff = RevisionDiff.between(underReview.snapshot(), shown);
        }
        List<Finding> findings = findings(table, unit, shown);
        AuditEntry lastComment = lastComment(reader.history(user, tableId));
        return new ReviewSubject(table, unit, shown, inReview ? underReview : null, compared, diff, findings, task,
                lastComment);
    }

    /** The revision before {@code revision}: what it was last compared with (the one returned, or the 批复 one). */
    private Revision previous(long tableId, Revision revision) {
        Revision before = null;
        for (Revision r : revisions.listByTable(tableId)) {
            if (r.revisionNo() < revision.revisionNo()) {
                before = r;
            }
        }
        return before;
    }

    private List<Finding> findings(StoredTable table, Organisation unit, TargetTable shown) {
        List<TargetTable> siblings = new ArrayList<>();
        for (StoredTable t : tables.findByUnit(table.unitId(), table.fiscalYear())) {
            siblings.add(t.id() == table.id() ? shown : t.content());
        }
        return validators.forRegion(unit.regionCode()).validate(shown, ValidationContext.of(siblings));
    }

    private static AuditEntry lastComment(List<AuditEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            AuditEntry e = history.get(i);
            if (COMMENTING.contains(e.action()) && e.comment() != null && !e.comment().isBlank()) {
                return e;
            }
        }
        return null;
    }
}
