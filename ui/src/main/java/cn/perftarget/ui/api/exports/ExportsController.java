package cn.perftarget.ui.api.exports;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.api.ApiAction;
import cn.perftarget.ui.api.ApiCaller;
import cn.perftarget.ui.api.ApiPaths;
import cn.perftarget.ui.api.ApiProblemException;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.department.DepartmentTargetsService;
import cn.perftarget.workflow.department.PublicationFile;
import cn.perftarget.workflow.department.PublicationFormat;
import cn.perftarget.workflow.export.ExportFormat;
import cn.perftarget.workflow.export.ExportedFile;
import cn.perftarget.workflow.export.TableExports;
import cn.perftarget.workflow.read.TableReadService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 下载: a table in the published layout, and a department's 发布文档; each export audited by the services. */
@RestController
@Tag(name = "exports", description = "导出：绩效目标表 .docx/.pdf/.xlsx，部门发布文档 / exports")
class ExportsController {

    private final TableExports exports;
    private final TableReadService reads;
    private final DepartmentTargetsService departments;
    private final ApiCaller caller;

    ExportsController(
            TableExports exports, TableReadService reads, DepartmentTargetsService departments, ApiCaller caller) {
        this.exports = exports;
        this.reads = reads;
        this.departments = departments;
        this.caller = caller;
    }

    @ApiAction(ServiceAction.EXPORT_TABLE)
    @GetMapping(ApiPaths.V1 + "/tables/{id}/export")
    @Operation(
            summary = "导出一张表 / export a table as .docx, .pdf or .xlsx",
            description =
                    "revision: current（当前内容）, approved（生效的批复版本）或版本 id / current content, the 批复 revision or a revision id",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "文件 / the file",
                            content = {
                                @Content(
                                        mediaType =
                                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                        schema = @Schema(type = "string", format = "binary")),
                                @Content(
                                        mediaType = "application/pdf",
                                        schema = @Schema(type = "string", format = "binary")),
                                @Content(
                                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                        schema = @Schema(type = "string", format = "binary"))
                            }))
    ResponseEntity<byte[]> table(
            @PathVariable("id") long id,
            @Parameter(description = "docx / pdf / xlsx") @RequestParam(name = "format", defaultValue = "docx")
                    String format,
            @RequestParam(name = "revision", defaultValue = "current") String revision) {
        ExportFormat exportFormat = ExportFormat.ofExtension(format).orElseThrow(() -> badParameter("format"));
        AppUser user = caller.user();
        ExportedFile file;
        if ("current".equals(revision)) {
            file = exports.current(user, id, exportFormat);
        } else if ("approved".equals(revision)) {
            long approved = reads.approvedVersion(user, id)
                    .orElseThrow(() -> new ApiProblemException(
                            HttpStatus.NOT_FOUND, "not_approved", Message.of("api.error.notApproved")))
                    .id();
            file = exports.revision(user, id, approved, exportFormat);
        } else {
            try {
                file = exports.revision(user, id, Long.parseLong(revision), exportFormat);
            } catch (NumberFormatException e) {
                throw badParameter("revision");
            }
        }
        return file(file.content(), file.contentType(), file.fileName());
    }

    @ApiAction(ServiceAction.EXPORT_PUBLICATION)
    @GetMapping(ApiPaths.V1 + "/departments/{code}/publication")
    @Operation(
            summary = "部门发布文档 / a department's publication document (.docx or .pdf)",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "文件 / the file",
                            content = {
                                @Content(
                                        mediaType =
                                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                        schema = @Schema(type = "string", format = "binary")),
                                @Content(
                                        mediaType = "application/pdf",
                                        schema = @Schema(type = "string", format = "binary"))
                            }))
    ResponseEntity<byte[]> publication(
            @PathVariable("code") String code,
            @RequestParam("fiscal_year") int fiscalYear,
            @Parameter(description = "docx / pdf") @RequestParam(name = "format", defaultValue = "docx")
                    String format) {
        PublicationFormat publicationFormat = switch (format) {
            case "docx" -> PublicationFormat.DOCX;
            case "pdf" -> PublicationFormat.PDF;
            default -> throw badParameter("format");
        };
        PublicationFile file = departments.publication(caller.user(), code, fiscalYear, publicationFormat);
        return file(
                file.content(),
                publicationFormat.contentType(),
                "publication-" + code + "-" + fiscalYear + "." + publicationFormat.extension());
    }

    private static ResponseEntity<byte[]> file(byte[] content, String contentType, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }

    private static ApiProblemException badParameter(String name) {
        return new ApiProblemException(
                HttpStatus.BAD_REQUEST, "bad_request", Message.of("api.error.badParameter", name));
    }
}
