package cn.perftarget.workflow.read;

import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionDiff;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.validation.GradeSuggestion;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.workflow.process.ProcessStep;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the review screen shows of one table, read for one user in whose scope it lies.
 *
 * @param shown       the content shown: the revision under review while in review, else the working copy
 * @param revision    the revision shown, null for the working copy
 * @param compared    the revision the diff compares against, null when there is none
 * @param diff        what changed since {@code compared}; null when there is nothing to compare
 * @param findings    the rule findings of {@code shown} (the region's rules, the unit's tables as context)
 * @param task        the task the round waits at, null when none
 * @param lastComment the newest reviewer or unit comment (退回, 评级, 异议, 通过), null when none
 */
public record ReviewSubject(
        StoredTable table,
        Organisation unit,
        TargetTable shown,
        @Nullable Revision revision,
        @Nullable Revision compared,
        @Nullable RevisionDiff diff,
        List<Finding> findings,
        @Nullable WaitingTask task,
        @Nullable AuditEntry lastComment) {

    public ReviewSubject {
        findings = List.copyOf(findings);
    }

    public GradeSuggestion suggestion() {
        return GradeSuggestion.from(findings);
    }

    public Optional<ProcessStep> step() {
        return task == null ? Optional.empty() : task.step();
    }
}
