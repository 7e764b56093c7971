package cn.perftarget.ui.api;

import cn.perftarget.domain.table.SpendingPlan;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** 资金支出计划（%）: the share spent by the end of March, June, October and December, as written. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "SpendingPlan", description = "资金支出计划（%），按写法保存 / spending plan (% spent by each date), as written")
public record PlanJson(
        @Schema(description = "3月底 / end of March", example = "25%") @Nullable
        String march,

        @Schema(description = "6月底 / end of June", example = "50%") @Nullable
        String june,

        @Schema(description = "10月底 / end of October", example = "80%") @Nullable
        String october,

        @Schema(description = "12月底 / end of December", example = "100%") @Nullable
        String december) {

    static PlanJson of(SpendingPlan plan) {
        return new PlanJson(plan.march(), plan.june(), plan.october(), plan.december());
    }

    SpendingPlan toPlan() {
        return new SpendingPlan(Json.text(march), Json.text(june), Json.text(october), Json.text(december));
    }
}
