package cn.perftarget.workflow.approval;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.ImportProblem;
import cn.perftarget.domain.rules.validation.DocumentValidation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One uploaded file checked without storing anything: each table it holds with its findings, what could not be read,
 * or the refusal of the whole file.
 */
public record CheckedFile(
        String fileName,
        @Nullable Message refusal,
        List<DocumentValidation.TableFindings> tables,
        List<ImportProblem> problems) {

    public CheckedFile {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
    }
}
