package cn.perftarget.domain.importer;

import cn.perftarget.domain.importer.WordItems.Item;
import cn.perftarget.domain.importer.WordItems.Kind;
import cn.perftarget.domain.table.IndicatorRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicator part of a Word table: the header row and rows of six cells. A blank line ends a row once it
 * has six cells (a row may contain blank lines of its own: empty paragraphs of a cell). A text line continues
 * the cell before it, unless it comes after a finished row: then the table has ended; so has it at a caption
 * of a table's upper part (项目名称, 资金支出计划…), the sign of a next table whose 项目编码 is missing.
 */
final class WordIndicatorReader {

    private static final int COLUMNS = Labels.INDICATOR_HEADER.size();

    private final List<Item> items;
    private final int headerAt;
    private final int bound;
    private final ProblemLog log;
    private final boolean rowsExact;
    private final IndicatorRows rows = new IndicatorRows();
    private int end;

    /** @param rowsExact whether every blank item ends a row (an Office document's rows are known) */
    WordIndicatorReader(List<Item> items, int headerAt, int bound, ProblemLog log, boolean rowsExact) {
        this.items = items;
        this.headerAt = headerAt;
        this.bound = bound;
        this.log = log;
        this.rowsExact = rowsExact;
    }

    List<IndicatorRow> read() {
        int i = headerAt;
        List<Cell> header = new ArrayList<>();
        while (i < bound && header.size() < COLUMNS) {
            Item it = items.get(i);
            if (it.kind() == Kind.CELL) {
                header.add(new Cell(it.line(), it.text()));
            } else if (it.kind() == Kind.TEXT) {
                break;
            }
            i++;
        }
        for (int k = 0; k < header.size(); k++) {
            if (!Labels.is(header.get(k).text(), Labels.INDICATOR_HEADER.get(k))) {
                log.add(
                        header.get(k).line(),
                        "importer.headerColumn",
                        k + 1,
                        Labels.INDICATOR_HEADER.get(k),
                        header.get(k).text());
            }
        }
        if (header.size() < COLUMNS) {
            log.add(items.get(headerAt).line(), "importer.headerIncomplete", header.size());
            return List.of();
        }
        end = readRows(i);
        return rows.rows();
    }

    /** Index of the first item after the table (valid after {@link #read}). */
    int end() {
        return end;
    }

    /** Reads the rows from item {@code from}; returns the index of the first item after the table. */
    private int readRows(int from) {
        List<Cell.Builder> row = new ArrayList<>();
        int i = from;
        rows:
        for (; i < bound; i++) {
            Item it = items.get(i);
            switch (it.kind()) {
                case BLANK -> {
                    if (row.size() == COLUMNS) {
                        emit(row);
                    } else if (row.size() > COLUMNS || rowsExact && !row.isEmpty()) {
                        if (row.size() > COLUMNS || row.stream().anyMatch(c -> !c.isBlank())) {
                            log.add(row.get(0).line(), "importer.rowCells", row.size(), COLUMNS);
                        }
                        row.clear();
                    }
                }
                case CELL -> {
                    if (Labels.isOrphanSign(it.text()) || Labels.is(it.text(), Labels.PROJECT_NAME)) {
                        break rows; // a caption of the upper part: another table starts here
                    }
                    row.add(new Cell.Builder(it.line(), it.text()));
                }
                case TEXT -> {
                    if (row.isEmpty()) {
                        break rows; // text after the last row: the table has ended
                    }
                    row.get(row.size() - 1).append(it.text());
                }
            }
        }
        if (row.size() == COLUMNS) {
            emit(row);
        } else if (row.stream().anyMatch(c -> !c.cell().isBlank())) {
            log.add(row.get(0).line(), "importer.lastRowCells", row.size(), COLUMNS);
        }
        return i;
    }

    private void emit(List<Cell.Builder> row) {
        List<Cell> cells = row.stream().map(Cell.Builder::cell).toList();
        rows.add(
                cells.get(0).text(),
                cells.get(1).text(),
                cells.get(2).text(),
                cells.get(3).text(),
                cells.get(4).text(),
                cells.get(5).text());
        row.clear();
    }
}
