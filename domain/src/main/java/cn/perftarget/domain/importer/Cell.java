package cn.perftarget.domain.importer;

/**
 * One table cell, its text as written (further paragraphs joined with a line break; see {@link Builder}).
 *
 * @param line 1-based line where the cell starts
 */
record Cell(int line, String text) {

    boolean isBlank() {
        return text.isBlank();
    }

    /**
     * A cell being read, paragraph by paragraph: appending costs the paragraph's length, not the cell's, so that a
     * cell continued over thousands of lines is read in linear time.
     */
    static final class Builder {

        private final int line;
        private final StringBuilder text;

        Builder(int line, String text) {
            this.line = line;
            this.text = new StringBuilder(text);
        }

        void append(String paragraph) {
            text.append('\n').append(paragraph);
        }

        int line() {
            return line;
        }

        boolean isBlank() {
            return text.chars().allMatch(Character::isWhitespace);
        }

        Cell cell() {
            return new Cell(line, text.toString());
        }
    }
}
