package cn.perftarget.domain.office.read;

import cn.perftarget.domain.importer.DocumentGrid;
import cn.perftarget.domain.importer.GridCell;
import cn.perftarget.domain.importer.SourcePlace;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * A Word 97–2003 .doc as a {@link DocumentGrid}, with the same reading as {@link WordReader}: paragraphs and tables
 * in order, a cell merged down blank below its first part, a cell merged across (the old way) once, a cell's
 * paragraphs joined with {@code \n}. Word's control characters become what a reader sees (a line break, a hyphen) or
 * go (cell and row marks, field instructions, anchors of pictures).
 */
public final class LegacyWordReader {

    private LegacyWordReader() {}

    public static DocumentGrid read(HWPFDocument document, CellBudget budget) {
        DocumentGrid grid = new DocumentGrid();
        Range range = document.getRange();
        int paragraphs = 0;
        int tables = 0;
        int i = 0;
        while (i < range.numParagraphs()) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table t = range.getTable(p);
                table(grid, t, ++tables, budget);
                i += Math.max(1, t.numParagraphs());
            } else {
                grid.paragraph(text(p.text()), new SourcePlace.Paragraph(++paragraphs));
                i++;
            }
        }
        return grid;
    }

    private static void table(DocumentGrid grid, Table t, int number, CellBudget budget) {
        for (int r = 0; r < t.numRows(); r++) {
            TableRow tr = t.getRow(r);
            List<GridCell> row = new ArrayList<>();
            for (int c = 0; c < tr.numCells(); c++) {
                TableCell cell = tr.getCell(c);
                if (cell.isMerged() && !cell.isFirstMerged()) {
                    continue;
                }
                String text = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() ? "" : cellText(cell);
                row.add(new GridCell(text, new SourcePlace.TableCell(number, r + 1, row.size() + 1)));
            }
            budget.spend(row.size());
            grid.row(row);
        }
        grid.endTable();
    }

    private static String cellText(TableCell cell) {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < cell.numParagraphs(); k++) {
            lines.add(text(cell.getParagraph(k).text()));
        }
        return String.join("\n", lines);
    }

    /** A paragraph's text without its mark, fields as their results, Word's control characters as a reader sees them. */
    static String text(String raw) {
        String s = Range.stripFields(raw);
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            switch (ch) {
                case '\r', '\u0007', '\u000c', '\u000e', '\u0001', '\u0008', '\u0002', '\u0005', '\u001f' -> {}
                case '\u000b' -> b.append('\n');
                case '\u001e' -> b.append('-');
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
