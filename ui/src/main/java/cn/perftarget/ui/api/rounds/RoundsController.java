package cn.perftarget.ui.api.rounds;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.ui.api.ApiAction;
import cn.perftarget.ui.api.ApiCaller;
import cn.perftarget.ui.api.ApiPaths;
import cn.perftarget.ui.api.ApiProblemException;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.round.BudgetRound;
import cn.perftarget.workflow.round.BudgetRounds;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The budget rounds (预算编制轮次) of the caller's region, read-only (the 系统管理员 manages them on the screen). */
@RestController
@RequestMapping(value = ApiPaths.V1 + "/rounds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "rounds", description = "预算编制轮次：调用方所在区划的轮次和截止日 / budget rounds of the caller's region")
class RoundsController {

    private final BudgetRounds rounds;
    private final ApiCaller caller;

    RoundsController(BudgetRounds rounds, ApiCaller caller) {
        this.rounds = rounds;
        this.caller = caller;
    }

    @ApiAction(ServiceAction.READ_ROUNDS)
    @GetMapping
    @Operation(summary = "本区划的预算编制轮次（新年度在前） / the budget rounds of the caller's region, newest year first")
    List<RoundJson> list() {
        return rounds.list(caller.user()).stream().map(RoundJson::of).toList();
    }

    @ApiAction(ServiceAction.READ_ROUNDS)
    @GetMapping("/{year}")
    @Operation(
            summary = "某年度的预算编制轮次（进行中的，否则最近的）；没有则 404 no_round / the round of a fiscal year"
                    + " (the open one, else the newest); none: 404 no_round")
    RoundJson ofYear(@Parameter(description = "年度 / fiscal year", example = "2025") @PathVariable("year") int year) {
        return rounds.ofYear(caller.user(), year)
                .map(RoundJson::of)
                .orElseThrow(() -> new ApiProblemException(
                        HttpStatus.NOT_FOUND, "no_round", Message.of("api.error.noRound", String.valueOf(year))));
    }

    /** A budget round. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "BudgetRound")
    record RoundJson(
            long id,
            @Schema(description = "区划 / region") String regionCode,

            @Schema(description = "年度 / fiscal year", example = "2025")
            int fiscalYear,

            @Schema(description = "OPEN（进行中） / CLOSED（已结束）") String state,

            @Schema(description = "提交截止日（北京时间，含当日） / submission deadline (Beijing, inclusive)")
            LocalDate submissionDeadline,

            @Schema(description = "审核截止日（北京时间，含当日） / review deadline (Beijing, inclusive)")
            LocalDate reviewDeadline,

            @Schema(description = "截止日前几个工作日提醒未提交的单位 / reminder, working days before the deadline")
            int reminderWorkingDays,

            @Schema(description = "开启人 / opened by") String openedBy,
            @Schema(description = "开启时间 / opened at") Instant openedAt,

            @Schema(description = "结束人，进行中为 null / closed by, null while open") @Nullable
            String closedBy,

            @Schema(description = "结束时间，进行中为 null / closed at, null while open") @Nullable
            Instant closedAt) {

        static RoundJson of(BudgetRound r) {
            return new RoundJson(
                    r.id(),
                    r.regionCode(),
                    r.fiscalYear(),
                    r.state().name(),
                    r.submissionDeadline(),
                    r.reviewDeadline(),
                    r.reminderWorkingDays(),
                    r.openedBy(),
                    r.openedAt(),
                    r.closedBy(),
                    r.closedAt());
        }
    }
}
