package cn.perftarget.ui.api.tables;

import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.ui.api.TableContentJson;
import cn.perftarget.workflow.read.WaitingTask;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored table: where it stands and its current content. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "Table", description = "绩效目标表（当前内容与状态） / a target table: its state and current content")
public record TableJson(
        @Schema(description = "id", example = "42") long id,

        @Schema(description = "状态 / status", example = "DRAFTING")
        String status,

        @Schema(description = "调整中 / adjustment under way") boolean adjusting,

        @Schema(description = "版本号，即 ETag / version, the ETag", example = "3")
        int version,

        @Schema(description = "年度 / fiscal year", example = "2021")
        int fiscalYear,

        @Schema(description = "生效的批复版本 id / the 批复 revision in force") @Nullable
        Long approvedRevisionId,

        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant submittedAt,

        @Schema(description = "等待的审批任务 / the task the round waits at") @Nullable
        WaitingTaskJson waitingTask,

        TableContentJson content) {

    static TableJson of(StoredTable t, @Nullable WaitingTask task) {
        return new TableJson(
                t.id(),
                t.status().name(),
                t.adjusting(),
                t.version(),
                t.fiscalYear(),
                t.approvedRevisionId(),
                t.createdAt(),
                t.updatedAt(),
                t.submittedAt(),
                task == null ? null : WaitingTaskJson.of(task),
                TableContentJson.of(t.content()));
    }

    /** The waiting task. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "WaitingTask")
    public record WaitingTaskJson(
            @Schema(description = "任务 id / task id") String taskId,

            @Schema(description = "环节 / step", example = "departmentReview")
            String taskKey,

            @Nullable String assignee,
            @Nullable Instant dueDate) {

        static WaitingTaskJson of(WaitingTask t) {
            return new WaitingTaskJson(t.id(), t.key(), t.assignee(), t.dueDate());
        }
    }
}
