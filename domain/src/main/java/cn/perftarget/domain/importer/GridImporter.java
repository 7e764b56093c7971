package cn.perftarget.domain.importer;

/**
 * Reads the 绩效目标表 and the 部门整体绩效目标 out of a {@link DocumentGrid} (a Word or Excel file, read by the
 * Office readers) with the recogniser of {@link PasteImporter}: the same captions, layout and merged-cell rules,
 * every cell kept exactly as written, problems placed at table, row and column (or sheet, row and column).
 */
public final class GridImporter {

    public ImportedDocument read(DocumentGrid grid, ImportOptions options) {
        ProblemLog log = new ProblemLog(grid::place);
        SourceText src = grid.source();
        return PasteImporter.assemble(
                src,
                Layout.WORD_TABLES,
                new WordTableReader().read(grid.items(), log, true),
                log,
                options == null ? ImportOptions.NONE : options);
    }
}
