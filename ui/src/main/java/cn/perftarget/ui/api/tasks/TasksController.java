package cn.perftarget.ui.api.tasks;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.ui.api.ActionResultJson;
import cn.perftarget.ui.api.ApiAction;
import cn.perftarget.ui.api.ApiCaller;
import cn.perftarget.ui.api.ApiPaths;
import cn.perftarget.ui.api.ApiProblemException;
import cn.perftarget.ui.api.TableContentJson;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.InboxPage;
import cn.perftarget.workflow.inbox.InboxQuery;
import cn.perftarget.workflow.inbox.InboxTab;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 待办 and 审核: the inbox tabs and the review actions, with the same rules as the screens. */
@RestController
@RequestMapping(value = ApiPaths.V1 + "/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "tasks", description = "待办与审核：认领、取消认领、转办、通过、退回、评级、接受、异议 / the inbox and the review actions")
class TasksController {

    private final InboxQuery inbox;
    private final ApprovalService approvals;
    private final ApiCaller caller;

    TasksController(InboxQuery inbox, ApprovalService approvals, ApiCaller caller) {
        this.inbox = inbox;
        this.approvals = approvals;
        this.caller = caller;
    }

    @ApiAction(value = ServiceAction.CLAIM, list = true)
    @GetMapping
    @Operation(summary = "待办的一个标签页 / one inbox tab (OPEN 全部待办, MINE 我的待办, CLAIMABLE 待认领, DONE 已办)")
    InboxJson tab(
            @RequestParam(name = "tab", defaultValue = "OPEN") InboxTab tab,
            @RequestParam(name = "fiscal_year", required = false) @Nullable Integer fiscalYear,
            @RequestParam(name = "dept_code", required = false) @Nullable String deptCode,
            @RequestParam(name = "agency_code", required = false) @Nullable String agencyCode,
            @RequestParam(name = "status", required = false) @Nullable TableStatus status,
            @RequestParam(name = "overdue", required = false) @Nullable Boolean overdue,
            @RequestParam(name = "q", required = false) @Nullable String text,
            @RequestParam(name = "sort", defaultValue = "DUE_DATE") SortKey sort,
            @RequestParam(name = "desc", defaultValue = "false") boolean descending,
            @RequestParam(name = "offset", defaultValue = "0") int offset,
            @RequestParam(name = "limit", defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw new ApiProblemException(
                    HttpStatus.BAD_REQUEST,
                    "bad_request",
                    Message.of("api.error.paging", String.valueOf(PageRequest.MAX_LIMIT)));
        }
        InboxPage page = inbox.page(
                caller.user(),
                tab,
                new InboxFilter(fiscalYear, deptCode, agencyCode, status, overdue, text),
                new PageRequest(offset, limit, sort, descending));
        return new InboxJson(
                tab.name(),
                page.rows().stream().map(TaskRowJson::of).toList(),
                page.counts().mine(),
                page.counts().claimable(),
                page.counts().done(),
                offset,
                limit);
    }

    @ApiAction(ServiceAction.CLAIM)
    @PostMapping("/{taskId}/claim")
    @Operation(summary = "认领 / claim")
    ActionResultJson claim(@PathVariable("taskId") String taskId) {
        return ActionResultJson.of(approvals.claim(caller.user(), taskId));
    }

    @ApiAction(ServiceAction.UNCLAIM)
    @PostMapping("/{taskId}/unclaim")
    @Operation(summary = "取消认领 / unclaim")
    ActionResultJson unclaim(@PathVariable("taskId") String taskId) {
        return ActionResultJson.of(approvals.unclaim(caller.user(), taskId));
    }

    @ApiAction(ServiceAction.TRANSFER)
    @PostMapping(value = "/{taskId}/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "转办 / transfer to a colleague")
    ActionResultJson transfer(@PathVariable("taskId") String taskId, @RequestBody TaskRequests.Transfer body) {
        String to = body.to();
        return ActionResultJson.of(approvals.transfer(caller.user(), taskId, to == null ? "" : to, body.comment()));
    }

    @ApiAction(ServiceAction.PASS)
    @PostMapping(value = "/{taskId}/pass", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "主管部门审核通过 / department review: pass")
    ActionResultJson pass(@PathVariable("taskId") String taskId, @RequestBody TaskRequests.Comment body) {
        return ActionResultJson.of(approvals.pass(caller.user(), taskId, body.comment()));
    }

    @ApiAction(ServiceAction.RETURN_TO_UNIT)
    @PostMapping(value = "/{taskId}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "主管部门退回（意见必填） / department review: return (comment required)")
    ActionResultJson returnToUnit(@PathVariable("taskId") String taskId, @RequestBody TaskRequests.Comment body) {
        return ActionResultJson.of(approvals.returnToUnit(caller.user(), taskId, body.comment()));
    }

    @ApiAction(ServiceAction.GRADE)
    @PostMapping(value = "/{taskId}/grade", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "财政审核评级 / fiscal review: grade (优 approves, 良 needs edited, 中 needs a comment, 差 ends)")
    ActionResultJson grade(@PathVariable("taskId") String taskId, @RequestBody TaskRequests.Grade body) {
        TableContentJson edited = body.edited();
        TargetTable content = edited == null ? null : edited.toTable();
        return ActionResultJson.of(approvals.grade(caller.user(), taskId, body.grade(), body.comment(), content));
    }

    @ApiAction(ServiceAction.ACCEPT)
    @PostMapping("/{taskId}/accept")
    @Operation(summary = "接受协商修改（良） / accept the reviewer's edit (after 良)")
    ActionResultJson accept(@PathVariable("taskId") String taskId) {
        return ActionResultJson.of(approvals.accept(caller.user(), taskId));
    }

    @ApiAction(ServiceAction.DISPUTE)
    @PostMapping(value = "/{taskId}/dispute", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提出异议（意见必填） / dispute the reviewer's edit (comment required)")
    ActionResultJson dispute(@PathVariable("taskId") String taskId, @RequestBody TaskRequests.Comment body) {
        return ActionResultJson.of(approvals.dispute(caller.user(), taskId, body.comment()));
    }
}
