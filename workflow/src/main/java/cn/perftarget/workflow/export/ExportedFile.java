package cn.perftarget.workflow.export;

import java.util.Objects;

/**
 * A file to hand to the user: its name (e.g. {@code 项目名称绩效目标表.docx}), its content type and its bytes.
 */
public record ExportedFile(String fileName, String contentType, byte[] content) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ExportedFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public String toString() {
        return fileName + " (" + content.length + " bytes)";
    }
}
