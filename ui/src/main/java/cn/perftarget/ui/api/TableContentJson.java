package cn.perftarget.ui.api;

import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TargetTable;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The content of a 项目支出绩效目标表 with the field names of the 预算管理一体化 system where it has them ({@code pro_code},
 * {@code pro_name}, {@code agency_code}, {@code agency_name}, {@code fiscal_year}); every cell as written, defects
 * included (the findings report them).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "TableContent", description = "绩效目标表的内容（一体化字段名） / the content of a target table (一体化 field names)")
public record TableContentJson(
        @Schema(description = "项目编码 / project code", example = "130302210000000001234") @Nullable
        String proCode,

        @Schema(description = "项目名称 / project name", example = "政务服务大厅运行经费") @Nullable
        String proName,

        @Schema(description = "单位编码（主管部门编码 + 3 位） / unit code", example = "442001") @Nullable
        String agencyCode,

        @Schema(description = "单位名称 / unit name") @Nullable String agencyName,

        @Schema(description = "年度 / fiscal year", example = "2021") @Nullable
        Integer fiscalYear,

        @Schema(description = "预算数（万元），按写法 / budget (10,000 yuan), as written", example = "120.00") @Nullable
        String budgetAmount,

        @Schema(description = "其中：财政资金（万元） / of which fiscal funds", example = "120.00") @Nullable
        String fiscalAmount,

        @Schema(description = "其他资金（万元） / other funds", example = "0") @Nullable
        String otherAmount,

        @Schema(description = "资金用途 / purpose of the funds") @Nullable
        String fundPurpose,

        @Nullable PlanJson plan,

        @Schema(description = "绩效目标（编号条目 1.… 2.…） / performance goals (numbered items)") @Nullable
        String goals,

        @Schema(description = "绩效指标，按表中顺序 / indicator rows in table order") @Nullable
        List<IndicatorJson> indicators) {

    public static TableContentJson of(TargetTable t) {
        return new TableContentJson(
                t.projectCode(),
                t.projectName(),
                t.unitCode(),
                t.unitName(),
                t.fiscalYear(),
                t.budget().text(),
                t.fiscalFunds().text(),
                t.otherFunds().text(),
                t.fundPurpose(),
                PlanJson.of(t.plan()),
                t.goals(),
                t.indicators().stream().map(IndicatorJson::of).toList());
    }

    public TargetTable toTable() {
        PlanJson p = plan;
        List<IndicatorJson> rows = indicators;
        return new TargetTable(
                Json.text(proCode),
                Json.text(proName),
                Json.text(agencyCode),
                Json.text(agencyName),
                fiscalYear,
                new MoneyCell(Json.text(budgetAmount)),
                new MoneyCell(Json.text(fiscalAmount)),
                new MoneyCell(Json.text(otherAmount)),
                Json.text(fundPurpose),
                p == null ? SpendingPlan.BLANK : p.toPlan(),
                Json.text(goals),
                rows == null
                        ? List.of()
                        : rows.stream().map(IndicatorJson::toRow).toList());
    }
}
