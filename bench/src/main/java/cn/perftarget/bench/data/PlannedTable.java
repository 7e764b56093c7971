package cn.perftarget.bench.data;

import cn.perftarget.domain.table.TargetTable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One table to generate: its unit, year, content, the step its round reaches, who acts and when.
 *
 * @param imported           the unit imported it (导入) rather than creating it (新建)
 * @param edited             the drafter edited it once after creating it
 * @param departmentReviewer who passes or returns it, or claims its open department review; null for drafts
 * @param fiscalReviewer     who grades it or claims its open fiscal review; null when it never gets there
 * @param claimed            its open review task is claimed (我的待办 of the reviewer) rather than waiting for a claim
 * @param dueDate            due date of the open review task (past for overdue ones), null when none is open
 * @param returnComment      the department's comment when it returned the table, null otherwise
 */
record PlannedTable(
        BenchOrganisation.Unit unit,
        int year,
        RoundStep step,
        TargetTable content,
        boolean imported,
        boolean edited,
        Timeline times,
        @Nullable String departmentReviewer,
        @Nullable String fiscalReviewer,
        boolean claimed,
        @Nullable Instant dueDate,
        @Nullable String returnComment) {

    /** When each action happened; null for actions that did not. */
    record Timeline(
            Instant created,
            @Nullable Instant edited,
            @Nullable Instant submitted,
            @Nullable Instant claimed,
            @Nullable Instant reviewed,
            @Nullable Instant graded) {}

    String drafter() {
        return unit.drafter();
    }

    /** The time of the last action: the table's updated_at. */
    Instant lastAction() {
        Instant last = times.created();
        for (Instant t :
                new Instant[] {times.edited(), times.submitted(), times.claimed(), times.reviewed(), times.graded()}) {
            if (t != null && t.isAfter(last)) {
                last = t;
            }
        }
        return last;
    }
}
