package cn.perftarget.ui.api;

import cn.perftarget.domain.table.IndicatorRow;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** One indicator row (绩效指标), cells as written. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "Indicator", description = "绩效指标一行，按写法保存 / one indicator row, cells as written")
public record IndicatorJson(
        @Schema(description = "一级指标 / level-1 indicator", example = "产出指标") @Nullable
        String lv1IndName,

        @Schema(description = "二级指标 / level-2 indicator", example = "数量指标") @Nullable
        String lv2IndName,

        @Schema(description = "三级指标 / level-3 indicator", example = "办理审批事项数量") @Nullable
        String lv3IndName,

        @Schema(description = "绩效指标描述 / description") @Nullable
        String indDesc,

        @Schema(description = "指标值 / target value", example = "≥1200件") @Nullable
        String indValue,

        @Schema(description = "指标值确定依据 / basis of the value") @Nullable
        String indBasis) {

    static IndicatorJson of(IndicatorRow row) {
        return new IndicatorJson(
                row.level1(), row.level2(), row.level3(), row.description(), row.valueText(), row.basis());
    }

    IndicatorRow toRow() {
        return IndicatorRow.of(
                Json.text(lv1IndName),
                Json.text(lv2IndName),
                Json.text(lv3IndName),
                Json.text(indDesc),
                Json.text(indValue),
                Json.text(indBasis));
    }
}
