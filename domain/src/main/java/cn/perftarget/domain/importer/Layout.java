package cn.perftarget.domain.importer;

/** How the pasted text lays out the table cells. */
enum Layout {
    /** Copied out of Word: one cell per line, each starting with a tab; a blank line before a new row. */
    WORD_TABLES,
    /** Text of a PDF: cells on separate lines without tabs, long cells wrapped, short cells of a row on one line. */
    PDF_TEXT;

    /** Word's layout as soon as one line is the tab-indented cell 项目编码, or (without tables) mostly tab lines. */
    static Layout detect(SourceText text) {
        int tabLines = 0;
        int textLines = 0;
        for (String line : text.lines()) {
            if (line.startsWith("\t")) {
                if (Labels.is(line, Labels.PROJECT_CODE)) {
                    return WORD_TABLES;
                }
                tabLines++;
            } else if (!line.isBlank()) {
                textLines++;
            }
        }
        if (PdfLines.of(text).hasTable()) {
            return PDF_TEXT;
        }
        return tabLines > textLines ? WORD_TABLES : PDF_TEXT;
    }
}
