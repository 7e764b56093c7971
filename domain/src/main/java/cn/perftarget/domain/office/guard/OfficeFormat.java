package cn.perftarget.domain.office.guard;

import cn.perftarget.domain.i18n.Labelled;
import java.util.Locale;
import java.util.Optional;

/** The Office formats that can be imported, by their file name extension. */
public enum OfficeFormat implements Labelled {
    /** Word 2007+ (also saved by WPS). */
    DOCX("office.format.DOCX", ".docx"),
    /** Word 97–2003. */
    DOC("office.format.DOC", ".doc"),
    /** Excel 2007+. */
    XLSX("office.format.XLSX", ".xlsx"),
    /** Excel 97–2003. */
    XLS("office.format.XLS", ".xls");

    private final String labelKey;
    private final String extension;

    OfficeFormat(String labelKey, String extension) {
        this.labelKey = labelKey;
        this.extension = extension;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The extension with its dot, e.g. {@code .docx}. */
    public String extension() {
        return extension;
    }

    public boolean isWord() {
        return this == DOCX || this == DOC;
    }

    /** Whether the file is a ZIP package (Office Open XML), not an OLE2 compound file. */
    public boolean isOpenXml() {
        return this == DOCX || this == XLSX;
    }

    /** The format a file name says, by its extension (any case); empty for other names. */
    public static Optional<OfficeFormat> ofFileName(String fileName) {
        String name = fileName.strip().toLowerCase(Locale.ROOT);
        for (OfficeFormat f : values()) {
            if (name.endsWith(f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Whether the file name names one of these formats: the command line and upload take such files as Office files. */
    public static boolean isOfficeFileName(String fileName) {
        return ofFileName(fileName).isPresent();
    }
}
