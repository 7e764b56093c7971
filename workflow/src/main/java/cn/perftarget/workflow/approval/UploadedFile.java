package cn.perftarget.workflow.approval;

import java.util.Objects;

/**
 * A file a user uploaded to import (.docx, .doc, .xlsx, .xls), held in memory: its name as uploaded (the extension
 * says the format, the content must be of that format) and its bytes.
 */
public record UploadedFile(String fileName, byte[] content) {

    public UploadedFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    public long size() {
        return content.length;
    }

    @Override
    public String toString() {
        return fileName + " (" + content.length + " bytes)";
    }
}
