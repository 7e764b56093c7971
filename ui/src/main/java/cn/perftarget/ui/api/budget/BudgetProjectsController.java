package cn.perftarget.ui.api.budget;

import cn.perftarget.ui.api.ApiAction;
import cn.perftarget.ui.api.ApiCaller;
import cn.perftarget.ui.api.ApiPaths;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.overview.BudgetProject;
import cn.perftarget.workflow.overview.BudgetProjects;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 预算项目清单: the projects of a round's budget, as the 一体化 project library lists them (财政审核人). */
@RestController
@RequestMapping(value = ApiPaths.V1 + "/budget-projects", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "budget-projects",
        description = "预算项目清单（绩效目标全覆盖） / the budget's project list of a round (coverage of the targets)")
class BudgetProjectsController {

    private final BudgetProjects budget;
    private final ApiCaller caller;

    BudgetProjectsController(BudgetProjects budget, ApiCaller caller) {
        this.budget = budget;
        this.caller = caller;
    }

    @ApiAction(ServiceAction.IMPORT_BUDGET_PROJECTS)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "导入预算项目清单 / store the budget's project list of a fiscal year (财政审核人)",
            description = "替换所列单位本年度的清单；任一项目有误则不保存任何项目 / replaces the list of the units it"
                    + " names for the year; nothing is stored when a project is wrong")
    BudgetImportedJson save(@RequestBody BudgetListJson list) {
        List<BudgetProject> projects = list.projects().stream()
                .map(p -> new BudgetProject(
                        nonNull(p.proCode()),
                        nonNull(p.proName()),
                        nonNull(p.agencyCode()),
                        p.amount() == null ? BigDecimal.valueOf(-1) : p.amount()))
                .toList();
        int stored = budget.save(caller.user(), list.fiscalYear(), projects);
        return new BudgetImportedJson(list.fiscalYear(), stored);
    }

    private static String nonNull(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** The budget's project list of a fiscal year. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "BudgetProjectList")
    record BudgetListJson(
            @Schema(description = "年度 / fiscal year", example = "2026")
            int fiscalYear,

            @Schema(description = "预算项目 / the projects") List<BudgetProjectJson> projects) {

        BudgetListJson {
            projects = projects == null ? List.of() : List.copyOf(projects);
        }
    }

    /** A project of the budget, with the 一体化 names. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "BudgetProject")
    record BudgetProjectJson(
            @Schema(description = "项目编码 / project code", example = "13031121000000000001") @Nullable
            String proCode,

            @Schema(description = "项目名称 / project name", example = "政务服务中心运行经费") @Nullable
            String proName,

            @Schema(description = "单位编码 / the unit's (agency's) code", example = "442001") @Nullable
            String agencyCode,

            @Schema(description = "金额（万元） / amount in 10,000 yuan", example = "120.50") @Nullable
            BigDecimal amount) {}

    /** What was stored. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "BudgetProjectsStored")
    record BudgetImportedJson(
            @Schema(description = "年度 / fiscal year") int fiscalYear,

            @Schema(description = "保存的项目数 / projects stored")
            int stored) {}
}
