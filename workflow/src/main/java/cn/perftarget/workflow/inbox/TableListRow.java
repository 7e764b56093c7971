package cn.perftarget.workflow.inbox;

import cn.perftarget.workflow.process.ProcessStep;
import java.util.Optional;
import cn.perftarget.domain.table.TableStatus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One table of a table list, with where its round stands.
 *
 * @param adjusting          调整 under way (the approved version stays in force)
 * @param approvedRevisionId the 批复 version in force, null before the first approval
 * @param taskKey            the waiting task's id in the model, null when no task waits
 * @param assignee           who claimed the waiting task, null when unclaimed or none
 * @param dueDate            the waiting task's due date, null when none
 */
public record TableListRow(long tableId, int fiscalYear, String projectCode, String projectName, String unitCode,
                           String unitName, String departmentCode, BigDecimal budget, TableStatus status,
                           boolean adjusting, Long approvedRevisionId, Instant submittedAt, Instant updatedAt,
                           String taskKey, String assignee, Instant dueDate) {

    /** 环节 of the waiting task, empty when none waits. */
    public Optional<ProcessStep> step() {
        return taskKey == null ? Optional.empty() : ProcessStep.ofActivity(taskKey);
    }
}
