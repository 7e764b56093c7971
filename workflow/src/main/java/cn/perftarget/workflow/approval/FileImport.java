package cn.perftarget.workflow.approval;

import cn.perftarget.domain.i18n.Message;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the import of one uploaded file did.
 *
 * @param refusal why the file was refused (then nothing of it was stored and {@code result} is empty); null when read
 * @param result  the tables created, those skipped with the reason, the problems with their places
 */
public record FileImport(String fileName, @Nullable Message refusal, ImportResult result) {

    static FileImport refused(String fileName, Message refusal) {
        return new FileImport(fileName, refusal, new ImportResult(List.of(), List.of(), List.of()));
    }
}
