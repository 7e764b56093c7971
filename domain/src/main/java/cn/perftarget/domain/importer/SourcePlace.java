package cn.perftarget.domain.importer;

import cn.perftarget.domain.i18n.Message;

/**
 * Where in the source an {@link ImportProblem} is: a line of pasted text, a cell of a Word table, a paragraph of a
 * Word document, a cell of an Excel sheet, or the whole document. Numbers are 1-based, as people count.
 */
public sealed interface SourcePlace {

    /** The whole document (e.g. no table found at all). */
    SourcePlace WHOLE = new Whole();

    /** The place alone, for a sentence: 第12行, table 2, row 3, column 1. */
    Message label();

    /** The problem with its place in front, for a list of problems: 第12行：… (the problem alone for the whole). */
    Message describe(Message problem);

    /** The whole document. */
    record Whole() implements SourcePlace {

        @Override
        public Message label() {
            return Message.of("importer.place.whole");
        }

        @Override
        public Message describe(Message problem) {
            return problem;
        }
    }

    /** A line of pasted text. */
    record Line(int number) implements SourcePlace {

        @Override
        public Message label() {
            return Message.of("importer.place.line", String.valueOf(number));
        }

        @Override
        public Message describe(Message problem) {
            return Message.of("importer.atLine", String.valueOf(number), problem);
        }
    }

    /** A paragraph of a Word document's body, outside its tables. */
    record Paragraph(int number) implements SourcePlace {

        @Override
        public Message label() {
            return Message.of("importer.place.paragraph", String.valueOf(number));
        }

        @Override
        public Message describe(Message problem) {
            return Message.of("importer.atParagraph", String.valueOf(number), problem);
        }
    }

    /**
     * A cell of a Word table: the {@code table}-th table of the document, its {@code row}-th row, the
     * {@code column}-th cell of that row as a reader counts them (a merged cell counts once).
     */
    record TableCell(int table, int row, int column) implements SourcePlace {

        @Override
        public Message label() {
            return Message.of(
                    "importer.place.tableCell", String.valueOf(table), String.valueOf(row), String.valueOf(column));
        }

        @Override
        public Message describe(Message problem) {
            return Message.of(
                    "importer.atTableCell",
                    String.valueOf(table),
                    String.valueOf(row),
                    String.valueOf(column),
                    problem);
        }
    }

    /** A cell of an Excel sheet: its name, row number and column number as Excel shows them (column 3 is C). */
    record SheetCell(String sheet, int row, int column) implements SourcePlace {

        /** The column as Excel names it: A … Z, AA …. */
        public String columnName() {
            StringBuilder b = new StringBuilder();
            for (int c = column; c > 0; c = (c - 1) / 26) {
                b.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return b.toString();
        }

        @Override
        public Message label() {
            return Message.of("importer.place.sheetCell", sheet, String.valueOf(row), columnName());
        }

        @Override
        public Message describe(Message problem) {
            return Message.of("importer.atSheetCell", sheet, String.valueOf(row), columnName(), problem);
        }
    }
}
