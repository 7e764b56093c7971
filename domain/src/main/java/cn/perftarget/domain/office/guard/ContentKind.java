package cn.perftarget.domain.office.guard;

import cn.perftarget.domain.i18n.Labelled;

/** What a file's content really is, sniffed from its bytes, to tell the user when it is not what its name says. */
public enum ContentKind implements Labelled {
    DOCX("office.content.DOCX"),
    DOC("office.content.DOC"),
    XLSX("office.content.XLSX"),
    XLS("office.content.XLS"),
    /** Another Office Open XML package: a presentation, a template, a binary workbook. */
    OTHER_OFFICE("office.content.OTHER_OFFICE"),
    /** A ZIP archive that is not an Office document. */
    ZIP("office.content.ZIP"),
    PDF("office.content.PDF"),
    RTF("office.content.RTF"),
    HTML("office.content.HTML"),
    XML("office.content.XML"),
    IMAGE("office.content.IMAGE"),
    /** Word 2, Write, Excel 2–5 and other formats older than Office 97. */
    OLD_OFFICE("office.content.OLD_OFFICE"),
    EMPTY("office.content.EMPTY"),
    UNKNOWN("office.content.UNKNOWN");

    private final String labelKey;

    ContentKind(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The content an Office format should have. */
    static ContentKind of(OfficeFormat format) {
        return switch (format) {
            case DOCX -> DOCX;
            case DOC -> DOC;
            case XLSX -> XLSX;
            case XLS -> XLS;
        };
    }
}
