package cn.perftarget.ui.api.findings;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.api.ApiAction;
import cn.perftarget.ui.api.ApiCaller;
import cn.perftarget.ui.api.ApiLanguage;
import cn.perftarget.ui.api.ApiPaths;
import cn.perftarget.ui.api.FindingJson;
import cn.perftarget.ui.api.TableContentJson;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.approval.CheckedFile;
import cn.perftarget.workflow.approval.DocumentChecks;
import cn.perftarget.workflow.approval.UploadedFile;
import cn.perftarget.workflow.read.TableReadService;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 审核发现的问题: the rules R01–R32 on a table or on uploaded documents; nothing is saved. */
@RestController
@Tag(name = "findings", description = "检查：表或上传文档的问题，不保存 / findings of a table or of documents, nothing saved")
class FindingsController {

    private final TableReadService reads;
    private final DocumentChecks checks;
    private final ApiCaller caller;

    FindingsController(TableReadService reads, DocumentChecks checks, ApiCaller caller) {
        this.reads = reads;
        this.checks = checks;
        this.caller = caller;
    }

    @ApiAction(ServiceAction.READ_FINDINGS)
    @GetMapping(value = ApiPaths.V1 + "/tables/{id}/findings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "当前内容的问题 / the findings of the table's current content")
    List<FindingJson> current(@PathVariable("id") long id, HttpServletRequest request) {
        AppUser user = caller.user();
        Locale locale = ApiLanguage.of(request);
        return reads.findings(user, id, reads.table(user, id).content()).stream()
                .map(f -> FindingJson.of(f, locale))
                .toList();
    }

    @ApiAction(ServiceAction.READ_FINDINGS)
    @PostMapping(
            value = ApiPaths.V1 + "/tables/{id}/findings",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "检查修改后的内容（不保存） / the findings of edited content as this table's, nothing saved")
    List<FindingJson> edited(
            @PathVariable("id") long id, @RequestBody TableContentJson content, HttpServletRequest request) {
        Locale locale = ApiLanguage.of(request);
        return reads.findings(caller.user(), id, content.toTable()).stream()
                .map(f -> FindingJson.of(f, locale))
                .toList();
    }

    @ApiAction(ServiceAction.PREVIEW_IMPORT)
    @PostMapping(
            value = ApiPaths.V1 + "/findings/documents",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "检查上传的 Word/Excel 文档（不保存） / check uploaded documents, nothing saved (编制人)")
    List<CheckedFileJson> documents(
            @RequestPart("files") List<MultipartFile> files,
            @RequestParam(name = "fiscal_year", required = false) @Nullable Integer fiscalYear,
            HttpServletRequest request)
            throws IOException {
        Locale locale = ApiLanguage.of(request);
        List<UploadedFile> uploaded = new ArrayList<>();
        for (MultipartFile f : files) {
            String name = f.getOriginalFilename();
            uploaded.add(new UploadedFile(name == null ? f.getName() : name, f.getBytes()));
        }
        return checks.check(caller.user(), uploaded, fiscalYear).stream()
                .map(c -> CheckedFileJson.of(c, locale))
                .toList();
    }

    /** One checked document. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "CheckedFile", description = "一个文档的检查结果 / one checked document")
    record CheckedFileJson(
            String fileName, @Nullable String refusal, List<CheckedTableJson> tables, List<String> problems) {

        static CheckedFileJson of(CheckedFile c, Locale locale) {
            return new CheckedFileJson(
                    c.fileName(),
                    c.refusal() == null ? null : ApiLanguage.render(c.refusal(), locale),
                    c.tables().stream()
                            .map(t -> new CheckedTableJson(
                                    t.index() + 1,
                                    TableContentJson.of(t.table()),
                                    t.findings().stream()
                                            .map(f -> FindingJson.of(f, locale))
                                            .toList()))
                            .toList(),
                    c.problems().stream()
                            .map(p -> ApiLanguage.render(p.describe(), locale))
                            .toList());
        }
    }

    /** One table of a checked document with its findings. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "CheckedTable")
    record CheckedTableJson(int number, TableContentJson content, List<FindingJson> findings) {}
}
