package cn.perftarget.ui.api.tasks;

import cn.perftarget.workflow.inbox.InboxRow;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One task of an inbox tab with its table. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "Task", description = "待办中的一个审批任务 / a task of the inbox")
public record TaskRowJson(
        String taskId,

        @Schema(description = "环节 / step", example = "departmentReview")
        String taskKey,

        long tableId,
        int fiscalYear,
        String proCode,
        String proName,
        String agencyCode,
        String agencyName,
        String deptCode,
        String deptName,
        @Nullable BigDecimal budgetAmount,
        String status,
        @Nullable Instant submittedAt,
        @Nullable Instant taskCreated,
        @Nullable Instant dueDate,
        boolean overdue,
        @Nullable String assignee,
        @Nullable Instant completedAt) {

    static TaskRowJson of(InboxRow r) {
        return new TaskRowJson(
                r.taskId(),
                r.taskKey(),
                r.tableId(),
                r.fiscalYear(),
                r.projectCode(),
                r.projectName(),
                r.unitCode(),
                r.unitName(),
                r.departmentCode(),
                r.departmentName(),
                r.budget(),
                r.status().name(),
                r.submittedAt(),
                r.taskCreated(),
                r.dueDate(),
                r.overdue(),
                r.assignee(),
                r.completedAt());
    }
}
