package cn.perftarget.domain.importer;

import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link PasteImporter} found in a pasted document, or {@link GridImporter} in a Word or Excel file.
 *
 * @param tables     every 绩效目标表, in document order, cells as written
 * @param department the 部门整体绩效目标 part, or null when the document has none
 * @param problems   what could not be read, each with its place (a line of pasted text, a cell of an Office file)
 */
public record ImportedDocument(
        List<TargetTable> tables, @Nullable DepartmentTargets department, List<ImportProblem> problems) {

    public ImportedDocument {
        tables = tables == null ? List.of() : List.copyOf(tables);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
