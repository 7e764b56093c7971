package cn.perftarget.workflow.inbox;

import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.workflow.process.ProcessStep;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One task of the inbox with its table.
 *
 * @param taskKey     the user task id of the model (departmentReview, fiscalReview, unitConfirmation, revise)
 * @param status      the table's current status
 * @param budget      预算数 (万元), null when blank
 * @param dueDate     the task's due date, null for tasks without one
 * @param overdue     open tabs: past due now; done tab: completed after the due date
 * @param submittedAt when the table was last submitted, null if never
 * @param taskCreated when the task arrived (Camunda's creation time, a nullable column)
 * @param assignee    who claimed the task, null while unclaimed
 * @param completedAt done tab only, null in the open tabs
 * @param submittedLate      逾期提交: the table's first submission came after its budget round's submission deadline
 * @param pastReviewDeadline open tabs: a review (not of an adjustment) still open after its budget round's 审核截止日
 */
public record InboxRow(
        String taskId,
        String taskKey,
        long tableId,
        int fiscalYear,
        String projectCode,
        String projectName,
        String unitCode,
        String unitName,
        String departmentCode,
        String departmentName,
        @Nullable BigDecimal budget,
        TableStatus status,
        @Nullable Instant submittedAt,
        @Nullable Instant taskCreated,
        @Nullable Instant dueDate,
        boolean overdue,
        @Nullable String assignee,
        @Nullable Instant completedAt,
        boolean submittedLate,
        boolean pastReviewDeadline) {

    /** 环节: the step of the process the task is, e.g. 主管部门审核; empty for a task the model does not know. */
    public Optional<ProcessStep> step() {
        return ProcessStep.ofActivity(taskKey);
    }
}
