package cn.perftarget.domain.importer;

/**
 * One table cell, its text as written (further paragraphs joined with a line break).
 *
 * @param line 1-based line where the cell starts
 */
record Cell(int line, String text) {

    Cell append(String paragraph) {
        return new Cell(line, text + "\n" + paragraph);
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
