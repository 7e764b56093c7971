package cn.perftarget.ui.api.tasks;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of an inbox tab, with the counts of the tabs (each at most 100: "99+" above 99). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "InboxPage")
public record InboxJson(
        String tab,
        List<TaskRowJson> items,
        @Schema(description = "我的待办 / mine") long mine,
        @Schema(description = "待认领 / claimable") long claimable,
        @Schema(description = "已办 / done") long done,
        int offset,
        int limit) {}
