package cn.perftarget.ui.api.tables;

import cn.perftarget.workflow.inbox.TableListRow;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A table of a list. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "TableRow", description = "列表中的绩效目标表 / a table of a list")
public record TableRowJson(
        long id,
        int fiscalYear,
        String proCode,
        String proName,
        String agencyCode,
        String agencyName,

        @Schema(description = "主管部门编码 / department code", example = "442")
        String deptCode,

        @Schema(description = "预算数（万元） / budget") @Nullable BigDecimal budgetAmount,
        String status,
        boolean adjusting,
        @Nullable Long approvedRevisionId,
        @Nullable Instant submittedAt,
        Instant updatedAt,
        @Nullable String taskKey,
        @Nullable String assignee,
        @Nullable Instant dueDate) {

    static TableRowJson of(TableListRow r) {
        return new TableRowJson(
                r.tableId(),
                r.fiscalYear(),
                r.projectCode(),
                r.projectName(),
                r.unitCode(),
                r.unitName(),
                r.departmentCode(),
                r.budget(),
                r.status().name(),
                r.adjusting(),
                r.approvedRevisionId(),
                r.submittedAt(),
                r.updatedAt(),
                r.taskKey(),
                r.assignee(),
                r.dueDate());
    }
}
