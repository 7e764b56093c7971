package cn.perftarget.workflow.approval;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.ImportedDocument;
import org.jspecify.annotations.Nullable;

/**
 * What one uploaded file holds, before anything is stored: the document read, or the refusal of the file (too large,
 * zip bomb, encrypted, macros, not what its name says, unreadable) — then nothing of it is read or imported.
 *
 * @param document what the importer read (tables, problems with their places: table n, row, column or sheet, row,
 *                 column); null when the file was refused
 * @param refusal  why the file was refused, in the reader's language when rendered; null when it was read
 */
public record FileReading(
        String fileName,
        @Nullable ImportedDocument document,
        @Nullable Message refusal) {

    public static FileReading read(String fileName, ImportedDocument document) {
        return new FileReading(fileName, document, null);
    }

    public static FileReading refused(String fileName, Message refusal) {
        return new FileReading(fileName, null, refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
