package cn.perftarget.ui.api;

import cn.perftarget.workflow.approval.ActionResult;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** What an action did: the table, the action recorded, the status before and after, the revision, the audit entry. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "ActionResult", description = "操作结果 / what an action did")
public record ActionResultJson(
        @Schema(description = "绩效目标表 id / table id", example = "42")
        long tableId,

        @Schema(description = "审计记录的动作 / the action recorded", example = "SUBMIT")
        String action,

        @Schema(description = "之前的状态 / status before", example = "DRAFTING") @Nullable
        String fromStatus,

        @Schema(description = "之后的状态 / status after", example = "DEPT_REVIEW")
        String toStatus,

        @Schema(description = "相关版本 id / the revision concerned") @Nullable
        Long revisionId,

        @Schema(description = "审计记录 id / the audit entry written")
        long auditEntryId) {

    public static ActionResultJson of(ActionResult r) {
        return new ActionResultJson(
                r.tableId(),
                r.action().name(),
                r.fromStatus() == null ? null : r.fromStatus().name(),
                r.toStatus().name(),
                r.revisionId(),
                r.auditEntryId());
    }
}
