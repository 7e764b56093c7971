package cn.perftarget.workflow.inbox;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.workflow.process.ProcessStep;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One table of a table list, with where its round stands.
 *
 * @param budget             预算数 (万元), null when blank
 * @param adjusting          调整 under way (the approved version stays in force)
 * @param approvedRevisionId the 批复 version in force, null before the first approval
 * @param submittedAt        when the table was last submitted, null if never
 * @param taskKey            the waiting task's id in the model, null when no task waits
 * @param assignee           who claimed the waiting task, null when unclaimed or none
 * @param dueDate            the waiting task's due date, null when none
 * @param lastGrade          the fiscal grade last given, null before the first
 * @param submittedLate      逾期提交: the first submission came after its budget round's submission deadline
 */
public record TableListRow(
        long tableId,
        int fiscalYear,
        String projectCode,
        String projectName,
        String unitCode,
        String unitName,
        String departmentCode,
        @Nullable BigDecimal budget,
        TableStatus status,
        boolean adjusting,
        @Nullable Long approvedRevisionId,
        @Nullable Instant submittedAt,
        Instant updatedAt,
        @Nullable String taskKey,
        @Nullable String assignee,
        @Nullable Instant dueDate,
        @Nullable Grade lastGrade,
        boolean submittedLate) {

    /** 环节 of the waiting task, empty when none waits. */
    public Optional<ProcessStep> step() {
        return taskKey == null ? Optional.empty() : ProcessStep.ofActivity(taskKey);
    }
}
