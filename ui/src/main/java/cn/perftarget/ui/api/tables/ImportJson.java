package cn.perftarget.ui.api.tables;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.ImportProblem;
import cn.perftarget.ui.api.ActionResultJson;
import cn.perftarget.ui.api.ApiLanguage;
import cn.perftarget.workflow.approval.FileImport;
import cn.perftarget.workflow.approval.ImportResult;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What an import did with one document: the drafts created, the tables skipped, what could not be read. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "ImportResult", description = "导入结果 / what an import did with one document")
public record ImportJson(
        @Schema(description = "文件名（粘贴文本时为空） / file name, null for pasted text") @Nullable
        String fileName,

        @Schema(description = "整份文件被拒绝的原因 / why the whole file was refused") @Nullable
        String refusal,

        List<ActionResultJson> created,

        @Schema(description = "跳过的表及原因 / tables skipped and why")
        List<String> skipped,

        @Schema(description = "未能读取的内容及位置 / what could not be read, with its place")
        List<String> problems) {

    static ImportJson of(@Nullable String fileName, @Nullable Message refusal, ImportResult r, Locale locale) {
        return new ImportJson(
                fileName,
                refusal == null ? null : ApiLanguage.render(refusal, locale),
                r.created().stream().map(ActionResultJson::of).toList(),
                r.skipped().stream().map(m -> ApiLanguage.render(m, locale)).toList(),
                r.problems().stream()
                        .map(ImportProblem::describe)
                        .map(m -> ApiLanguage.render(m, locale))
                        .toList());
    }

    static ImportJson of(FileImport f, Locale locale) {
        return of(f.fileName(), f.refusal(), f.result(), locale);
    }
}
