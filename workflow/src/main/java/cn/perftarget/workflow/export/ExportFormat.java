package cn.perftarget.workflow.export;

import cn.perftarget.domain.i18n.Labelled;
import cn.perftarget.domain.office.write.TableDocuments;
import cn.perftarget.domain.table.TargetTable;
import java.util.Arrays;
import java.util.Optional;

/** The files one table is exported as; its name for people is in the bundle ({@code export.format.*}). */
public enum ExportFormat implements Labelled {
    /** Word, the published layout */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "export.format.DOCX"),
    /** PDF, the published layout with its CJK font embedded */
    PDF("pdf", "application/pdf", "export.format.PDF"),
    /** Excel, the same grid and merged cells */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "export.format.XLSX");

    private final String extension;
    private final String contentType;
    private final String labelKey;

    ExportFormat(String extension, String contentType, String labelKey) {
        this.extension = extension;
        this.contentType = contentType;
        this.labelKey = labelKey;
    }

    /** The file's extension without the dot, also how the audit names the format. */
    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The format of an extension as the audit stores it. */
    public static Optional<ExportFormat> ofExtension(String extension) {
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(extension))
                .findFirst();
    }

    /** The table as this file, numbered {@code number} in its title. */
    byte[] render(TargetTable table, int number) {
        return switch (this) {
            case DOCX -> TableDocuments.docx(table, number);
            case PDF -> TableDocuments.pdf(table, number);
            case XLSX -> TableDocuments.xlsx(table, number);
        };
    }
}
