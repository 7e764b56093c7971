package cn.perftarget.ui.api.tables;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The small request bodies of the table actions. */
final class Requests {

    private Requests() {}

    /** 导入 of pasted text. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "TextImport", description = "粘贴文本导入 / an import of pasted text")
    record TextImport(
            @Schema(description = "从 Word 或 PDF 复制的文本 / text copied from Word or a PDF") @Nullable
            String text,

            @Schema(description = "文档未写明年度时采用的年度 / year for tables whose text does not say", example = "2021") @Nullable
            Integer fiscalYear) {}

    /** 申请调整. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Reopen", description = "申请调整 / reopen an approved table")
    record Reopen(
            @Schema(description = "调整原因（必填） / reason (required)") @Nullable
            String reason) {}
}
