package cn.perftarget.ui.api.tasks;

import cn.perftarget.ui.api.TableContentJson;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The request bodies of the review actions. */
final class TaskRequests {

    private TaskRequests() {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Comment", description = "审核意见 / a comment")
    record Comment(
            @Schema(description = "意见（退回、中、异议时必填） / comment (required to return, for 中, to dispute)") @Nullable
            String comment) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Transfer", description = "转办 / hand the task to a colleague")
    record Transfer(
            @Schema(description = "同一组织的同事用户名 / the colleague's username", example = "bumen2") @Nullable
            String to,

            @Nullable String comment) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Grade", description = "财政审核评级 / the fiscal review's grade")
    record Grade(
            @Schema(description = "EXCELLENT 优 / GOOD 良 / FAIR 中 / POOR 差", example = "EXCELLENT")
            cn.perftarget.bpmn.@Nullable Grade grade,

            @Schema(description = "意见（中必填） / comment (required for 中)") @Nullable
            String comment,

            @Schema(description = "良：审核人修改后的内容 / 良: the reviewer's edited content") @Nullable
            TableContentJson edited) {}
}
