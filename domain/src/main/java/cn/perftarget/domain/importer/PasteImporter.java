package cn.perftarget.domain.importer;

import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text a user gets when copying a published 部门预算绩效目标 document: out of Word (one cell per
 * line, tab-indented) or out of a PDF (cells wrapped over lines, no tabs); the layout is detected.
 * It finds every 绩效目标表 and the 部门整体绩效目标 part, keeps every cell exactly as written (defects
 * included: validation reports them) and reports what it could not read as {@link ImportProblem}s.
 *
 * <p>Unit and year come from the document: the unit line above each table ({@code 438001唐山市…本级}) and the
 * last year heading above it ({@code 2020年部门预算绩效信息}). Where the document does not say,
 * {@link ImportOptions} fills them in; without options they stay blank.
 */
public final class PasteImporter {

    public ImportedDocument read(String text) {
        return read(text, ImportOptions.NONE);
    }

    public ImportedDocument read(String text, ImportOptions options) {
        ImportOptions defaults = options == null ? ImportOptions.NONE : options;
        SourceText src = SourceText.of(text);
        ProblemLog log = new ProblemLog();
        Layout layout = Layout.detect(src);
        List<FoundTable> found = layout == Layout.WORD_TABLES
                ? new WordTableReader().read(src, log)
                : new PdfTableReader().read(src, log);
        return assemble(src, layout, found, log, defaults);
    }

    /** The document from the tables found: the department part above the first, the year and defaults applied. */
    static ImportedDocument assemble(
            SourceText src, Layout layout, List<FoundTable> found, ProblemLog log, ImportOptions options) {
        if (found.isEmpty()) {
            log.add(0, "importer.noTable", Labels.PROJECT_CODE);
        }
        int firstTable = found.isEmpty() ? src.size() : found.get(0).firstLineIndex();
        DepartmentTargets department = new DepartmentReader().read(src, firstTable, layout);
        @Nullable Integer[] years = Headings.yearsAbove(src);
        List<TargetTable> tables =
                found.stream().map(f -> withDocumentFacts(f, years, options)).toList();
        return new ImportedDocument(tables, department, log.sorted());
    }

    private static TargetTable withDocumentFacts(
            FoundTable found, @Nullable Integer[] yearsAbove, ImportOptions options) {
        TargetTable t = found.table();
        Integer year = yearsAbove[Math.min(Math.max(found.firstLineIndex(), 0), yearsAbove.length - 1)];
        if (year == null) {
            year = options.fiscalYear();
        }
        String code = t.unitCode();
        String name = t.unitName();
        if (code.isBlank() && name.isBlank()) {
            code = options.unitCode() == null ? "" : options.unitCode();
            name = options.unitName() == null ? "" : options.unitName();
        }
        return t.withUnit(code, name, year);
    }
}
