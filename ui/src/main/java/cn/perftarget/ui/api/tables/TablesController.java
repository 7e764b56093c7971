package cn.perftarget.ui.api.tables;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.api.ActionResultJson;
import cn.perftarget.ui.api.ApiAction;
import cn.perftarget.ui.api.ApiCaller;
import cn.perftarget.ui.api.ApiLanguage;
import cn.perftarget.ui.api.ApiPaths;
import cn.perftarget.ui.api.ApiProblemException;
import cn.perftarget.ui.api.RevisionJson;
import cn.perftarget.ui.api.TableContentJson;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.approval.ActionResult;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.approval.UploadedFile;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;
import cn.perftarget.workflow.inbox.TableListPage;
import cn.perftarget.workflow.read.TableReadService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 绩效目标表: the same reads and actions as 我的绩效目标表, the editor and the import dialog. */
@RestController
@RequestMapping(value = ApiPaths.V1 + "/tables", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "tables", description = "绩效目标表：列表、读取、新建、修改草稿、导入、提交、撤回、申请调整 / target tables")
class TablesController {

    private final ApprovalService approvals;
    private final TableReadService reads;
    private final ApiCaller caller;

    TablesController(ApprovalService approvals, TableReadService reads, ApiCaller caller) {
        this.approvals = approvals;
        this.reads = reads;
        this.caller = caller;
    }

    @ApiAction(value = ServiceAction.LIST_TABLES, list = true)
    @GetMapping
    @Operation(
            summary = "绩效目标表列表 / list the tables in the caller's scope",
            description = "与待办相同的筛选；按 sort 排序，再按 id，分页稳定 / the inbox filters; ordered by sort, then id")
    TablePageJson list(
            @Parameter(description = "年度 / fiscal year") @RequestParam(name = "fiscal_year", required = false) @Nullable
                    Integer fiscalYear,
            @Parameter(description = "主管部门编码 / department code")
                    @RequestParam(name = "dept_code", required = false)
                    @Nullable
                    String deptCode,
            @Parameter(description = "单位编码 / unit code") @RequestParam(name = "agency_code", required = false) @Nullable
                    String agencyCode,
            @Parameter(description = "状态 / status") @RequestParam(name = "status", required = false) @Nullable
                    TableStatus status,
            @Parameter(description = "逾期 / overdue") @RequestParam(name = "overdue", required = false) @Nullable
                    Boolean overdue,
            @Parameter(description = "项目名称或编码的一部分 / part of the name or code")
                    @RequestParam(name = "q", required = false)
                    @Nullable
                    String text,
            @RequestParam(name = "sort", defaultValue = "PROJECT_CODE") SortKey sort,
            @RequestParam(name = "desc", defaultValue = "false") boolean descending,
            @RequestParam(name = "offset", defaultValue = "0") int offset,
            @RequestParam(name = "limit", defaultValue = "50") int limit) {
        InboxFilter filter = new InboxFilter(fiscalYear, deptCode, agencyCode, status, overdue, text);
        TableListPage page = reads.list(caller.user(), filter, pageRequest(offset, limit, sort, descending));
        return new TablePageJson(
                page.rows().stream().map(TableRowJson::of).toList(),
                page.total(),
                offset,
                page.page().limit());
    }

    @ApiAction(ServiceAction.READ_TABLE)
    @GetMapping("/{id}")
    @Operation(summary = "读取一张表（当前内容） / one table, its current content; ETag = version")
    ResponseEntity<TableJson> get(@PathVariable("id") long id) {
        return withTag(HttpStatus.OK, id, caller.user());
    }

    @ApiAction(ServiceAction.READ_TABLE)
    @GetMapping("/{id}/approved")
    @Operation(summary = "生效的批复版本 / the 批复 (approved) revision in force")
    RevisionJson approved(@PathVariable("id") long id) {
        return reads.approvedVersion(caller.user(), id)
                .map(r -> RevisionJson.of(r, true))
                .orElseThrow(() -> new ApiProblemException(
                        HttpStatus.NOT_FOUND, "not_approved", Message.of("api.error.notApproved")));
    }

    @ApiAction(ServiceAction.CREATE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建 / create a table of the caller's unit (编制人)")
    ResponseEntity<TableJson> create(@RequestBody TableContentJson content) {
        AppUser user = caller.user();
        ActionResult result = approvals.create(user, content.toTable());
        return withTag(HttpStatus.CREATED, result.tableId(), user);
    }

    @ApiAction(ServiceAction.SAVE_DRAFT)
    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "修改草稿 / update a draft",
            description =
                    "If-Match 须为读取时的 ETag：缺少 428，过期 412 且不作任何修改 / If-Match must carry the ETag read: 428 without, 412 when stale (nothing changes)")
    ResponseEntity<TableJson> update(
            @PathVariable("id") long id,
            @Parameter(description = "读取时的 ETag / the ETag read", required = true)
                    @RequestHeader(name = "If-Match", required = false)
                    @Nullable
                    String ifMatch,
            @RequestBody TableContentJson content) {
        AppUser user = caller.user();
        int expected = Etags.expected(ifMatch);
        if (reads.table(user, id).version() != expected) {
            throw Etags.stale();
        }
        approvals.saveDraft(user, id, content.toTable(), expected);
        return withTag(HttpStatus.OK, id, user);
    }

    @ApiAction(ServiceAction.IMPORT)
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入 Word/Excel 文件 / import .docx .doc .xlsx .xls files (编制人)")
    List<ImportJson> importFiles(
            @RequestPart("files") List<MultipartFile> files,
            @RequestParam(name = "fiscal_year", required = false) @Nullable Integer fiscalYear,
            HttpServletRequest request)
            throws IOException {
        Locale locale = ApiLanguage.of(request);
        return approvals.importFiles(caller.user(), uploaded(files), fiscalYear).stream()
                .map(f -> ImportJson.of(f, locale))
                .toList();
    }

    @ApiAction(ServiceAction.IMPORT)
    @PostMapping(value = "/import-text", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "导入粘贴的文本 / import pasted text (编制人)")
    ImportJson importText(@RequestBody Requests.TextImport body, HttpServletRequest request) {
        String text = body.text();
        return ImportJson.of(
                null,
                null,
                approvals.importTables(caller.user(), text == null ? "" : text, body.fiscalYear()),
                ApiLanguage.of(request));
    }

    @ApiAction(ServiceAction.SUBMIT)
    @PostMapping("/{id}/submit")
    @Operation(summary = "提交 / 重新提交 / submit (refused with the ERROR findings, 422)")
    ActionResultJson submit(@PathVariable("id") long id) {
        return ActionResultJson.of(approvals.submit(caller.user(), id));
    }

    @ApiAction(ServiceAction.WITHDRAW)
    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤回（审核人认领前） / withdraw (until a reviewer claims it)")
    ActionResultJson withdraw(@PathVariable("id") long id) {
        return ActionResultJson.of(approvals.withdraw(caller.user(), id));
    }

    @ApiAction(ServiceAction.REOPEN)
    @PostMapping(value = "/{id}/reopen", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "申请调整 / reopen an approved table for adjustment")
    ActionResultJson reopen(@PathVariable("id") long id, @RequestBody Requests.Reopen body) {
        String reason = body.reason();
        return ActionResultJson.of(approvals.reopen(caller.user(), id, reason == null ? "" : reason));
    }

    static List<UploadedFile> uploaded(List<MultipartFile> files) throws IOException {
        List<UploadedFile> list = new ArrayList<>();
        for (MultipartFile f : files) {
            String name = f.getOriginalFilename();
            list.add(new UploadedFile(name == null ? f.getName() : name, f.getBytes()));
        }
        return list;
    }

    private ResponseEntity<TableJson> withTag(HttpStatus status, long id, AppUser user) {
        StoredTable table = reads.table(user, id);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).eTag(Etags.of(table.version()));
        if (status == HttpStatus.CREATED) {
            answer.location(URI.create(ApiPaths.V1 + "/tables/" + id));
        }
        return answer.body(TableJson.of(table, reads.waitingTask(user, id).orElse(null)));
    }

    static PageRequest pageRequest(int offset, int limit, SortKey sort, boolean descending) {
        if (offset < 0 || limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw new ApiProblemException(
                    HttpStatus.BAD_REQUEST,
                    "bad_request",
                    Message.of("api.error.paging", String.valueOf(PageRequest.MAX_LIMIT)));
        }
        return new PageRequest(offset, limit, sort, descending);
    }
}
