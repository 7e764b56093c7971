package cn.perftarget.workflow.inbox;

import cn.perftarget.workflow.process.ProcessStep;
import java.util.Optional;
import cn.perftarget.domain.table.TableStatus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One task of the inbox with its table.
 *
 * @param taskKey     the user task id of the model (departmentReview, fiscalReview, unitConfirmation, revise)
 * @param status      the table's current status
 * @param budget      预算数 (万元), null when blank
 * @param dueDate     the task's due date, null for tasks without one
 * @param overdue     open tabs: past due now; done tab: completed after the due date
 * @param completedAt done tab only
 */
public record InboxRow(String taskId, String taskKey, long tableId, int fiscalYear,
                       String projectCode, String projectName, String unitCode, String unitName,
                       String departmentCode, String departmentName, BigDecimal budget, TableStatus status,
                       Instant submittedAt, Instant taskCreated, Instant dueDate, boolean overdue, String assignee,
                       Instant completedAt) {

    /** 环节: the step of the process the task is, e.g. 主管部门审核; empty for a task the model does not know. */
    public Optional<ProcessStep> step() {
        return ProcessStep.ofActivity(taskKey);
    }
}
