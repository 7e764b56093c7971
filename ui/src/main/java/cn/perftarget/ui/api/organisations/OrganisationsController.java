package cn.perftarget.ui.api.organisations;

import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.api.ApiAction;
import cn.perftarget.ui.api.ApiCaller;
import cn.perftarget.ui.api.ApiPaths;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.read.TableReadService;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The departments and units of the caller's scope (the filters of the lists). */
@RestController
@RequestMapping(value = ApiPaths.V1 + "/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "organisations", description = "组织机构：调用方范围内的部门和单位 / departments and units in scope")
class OrganisationsController {

    private final TableReadService reads;
    private final ApiCaller caller;

    OrganisationsController(TableReadService reads, ApiCaller caller) {
        this.reads = reads;
        this.caller = caller;
    }

    @ApiAction(value = ServiceAction.LIST_TABLES, list = true)
    @GetMapping("/departments")
    @Operation(summary = "范围内的主管部门 / the departments in scope")
    List<OrganisationJson> departments() {
        return reads.departmentsInScope(caller.user()).stream()
                .map(OrganisationJson::of)
                .toList();
    }

    @ApiAction(value = ServiceAction.LIST_TABLES, list = true)
    @GetMapping("/units")
    @Operation(summary = "范围内的单位（可按部门） / the units in scope (of one department)")
    List<OrganisationJson> units(@RequestParam(name = "dept_code", required = false) @Nullable String deptCode) {
        AppUser user = caller.user();
        Organisation department = deptCode == null
                ? null
                : reads.departmentsInScope(user).stream()
                        .filter(d -> d.code().equals(deptCode))
                        .findFirst()
                        .orElse(null);
        if (deptCode != null && department == null) {
            return List.of();
        }
        return reads.unitsInScope(user, department).stream()
                .map(OrganisationJson::of)
                .toList();
    }

    /** An organisation. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Organisation")
    record OrganisationJson(
            @Schema(description = "编码 / code", example = "442001")
            String code,

            String name,

            @Schema(description = "BUREAU / SECTION / DEPARTMENT / UNIT")
            String kind,

            @Schema(description = "区划 / region") String regionCode) {

        static OrganisationJson of(Organisation o) {
            return new OrganisationJson(o.code(), o.name(), o.kind().name(), o.regionCode());
        }
    }
}
