package cn.perftarget.workflow.department;

/** The formats of the publication document. */
public enum PublicationFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    PublicationFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The file name's ending without the dot, also what the audit records ({@code docx}, {@code pdf}). */
    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
