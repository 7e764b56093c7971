package cn.perftarget.domain.office.read;

import cn.perftarget.domain.importer.DocumentGrid;
import cn.perftarget.domain.importer.GridCell;
import cn.perftarget.domain.importer.SourcePlace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * An Excel workbook (.xlsx or .xls) as a {@link DocumentGrid}, sheet by sheet (hidden sheets left out), one or several
 * tables per sheet, one under the other. Each cell's text is what a person sees ({@link DataFormatter}: 6 formatted
 * as 0.00 reads "6.00", 0.25 as a percentage "25.00%"; a formula its last computed value). A merged region is one
 * cell, blank in the rows below its first; a row without text separates, unless a cell merged down from above
 * reaches into it. Where the table has borders, a row without any (a title, a
 * heading, the unit line and 单位：万元 above the table) is text around the table, each of its texts a paragraph as in
 * Word; where nothing has borders, a row of a single text is. Other rows are table rows from the sheet's first used
 * column to the row's last cell with content, a border or a merged region (without borders: to the last column used
 * by the rows around it, so rows of different widths read with blank cells at their ends).
 */
public final class WorkbookReader {

    private final DataFormatter formatter = new DataFormatter(Locale.CHINA);
    private final CellBudget budget;
    private final DocumentGrid grid = new DocumentGrid();

    private WorkbookReader(CellBudget budget) {
        this.budget = budget;
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    public static DocumentGrid read(Workbook workbook, CellBudget budget) {
        WorkbookReader reader = new WorkbookReader(budget);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                reader.sheet(workbook.getSheetAt(i));
            }
        }
        return reader.grid;
    }

    /** One row of the sheet as read: a slot per used column. */
    private record SheetRow(int number, List<Slot> slots) {

        /**
         * No text at all and not inside a cell merged down from above (borders alone do not count: templates format
         * many empty rows below the table).
         */
        boolean isEmpty() {
            return slots.stream().allMatch(s -> s.text.isBlank() && s.kind != SlotKind.MERGED_BELOW);
        }

        boolean hasBorder() {
            return slots.stream().anyMatch(Slot::bordered);
        }

        /** The index of the last slot that belongs to the table: content, a border, a merged region. */
        int extent() {
            int end = -1;
            for (int k = 0; k < slots.size(); k++) {
                Slot s = slots.get(k);
                if (s.merged || s.bordered || !s.text.isBlank()) {
                    end = k;
                }
            }
            return end;
        }
    }

    private enum SlotKind {
        /** A cell of its own, or the first cell of a merged region. */
        CELL,
        /** Under the first row of a merged region, in its first column: read as a blank cell. */
        MERGED_BELOW,
        /** Inside a merged region otherwise: not a cell of its own. */
        COVERED
    }

    private record Slot(SlotKind kind, String text, boolean bordered, boolean merged) {}

    private void sheet(Sheet sheet) {
        Map<Long, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getNumberOfCells() <= 10_000) {
                for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                    for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                        merged.put(key(r, c), region);
                    }
                }
            }
        }
        int firstColumn = Integer.MAX_VALUE;
        int lastColumn = -1;
        for (Row row : sheet) {
            if (row.getFirstCellNum() >= 0) {
                firstColumn = Math.min(firstColumn, row.getFirstCellNum());
                lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
            }
        }
        if (lastColumn < 0) {
            return;
        }
        List<SheetRow> rows = new ArrayList<>();
        int previous = -1;
        for (Row row : sheet) {
            if (previous >= 0 && row.getRowNum() > previous + 1) {
                rows.add(new SheetRow(previous + 2, List.of()));
            }
            previous = row.getRowNum();
            rows.add(read(row, firstColumn, lastColumn, merged));
        }
        int start = 0;
        while (start < rows.size()) {
            if (rows.get(start).isEmpty()) {
                grid.endTable();
                start++;
                continue;
            }
            int end = start;
            while (end < rows.size() && !rows.get(end).isEmpty()) {
                end++;
            }
            block(sheet.getSheetName(), rows.subList(start, end), firstColumn);
            start = end;
        }
        grid.endTable();
    }

    private SheetRow read(Row row, int first, int last, Map<Long, CellRangeAddress> merged) {
        List<Slot> slots = new ArrayList<>(last - first + 1);
        int r = row.getRowNum();
        for (int c = first; c <= last; c++) {
            CellRangeAddress region = merged.get(key(r, c));
            Cell cell = row.getCell(c);
            boolean bordered = bordered(cell);
            if (region == null) {
                slots.add(new Slot(SlotKind.CELL, text(cell), bordered, false));
            } else if (region.getFirstRow() == r && region.getFirstColumn() == c) {
                slots.add(new Slot(SlotKind.CELL, text(cell), bordered, true));
            } else if (region.getFirstColumn() == c) {
                slots.add(new Slot(SlotKind.MERGED_BELOW, "", bordered, true));
            } else {
                slots.add(new Slot(SlotKind.COVERED, "", bordered, true));
            }
        }
        budget.spend(slots.size());
        return new SheetRow(r + 1, slots);
    }

    /** Rows with text, one after the other: paragraphs and table rows. */
    private void block(String sheet, List<SheetRow> rows, int firstColumn) {
        boolean bordered = rows.stream().anyMatch(SheetRow::hasBorder);
        int blockExtent = rows.stream().mapToInt(SheetRow::extent).max().orElse(-1);
        for (SheetRow row : rows) {
            if (bordered ? !row.hasBorder() : single(row) >= 0) {
                for (int k = 0; k < row.slots().size(); k++) { // text around the table, as paragraphs
                    Slot s = row.slots().get(k);
                    if (s.kind == SlotKind.CELL && !s.text.isBlank()) {
                        grid.paragraph(s.text, new SourcePlace.SheetCell(sheet, row.number(), firstColumn + k + 1));
                    }
                }
                continue;
            }
            int end = bordered ? row.extent() : blockExtent;
            List<GridCell> cells = new ArrayList<>();
            for (int k = 0; k <= end && k < row.slots().size(); k++) {
                Slot s = row.slots().get(k);
                if (s.kind != SlotKind.COVERED) {
                    cells.add(
                            new GridCell(s.text, new SourcePlace.SheetCell(sheet, row.number(), firstColumn + k + 1)));
                }
            }
            grid.row(cells);
        }
    }

    /** The index of the only non-blank slot of a row with no merged cell from above; -1 when there is none. */
    private static int single(SheetRow row) {
        int found = -1;
        for (int k = 0; k < row.slots().size(); k++) {
            Slot s = row.slots().get(k);
            if (s.kind == SlotKind.MERGED_BELOW) {
                return -1;
            }
            if (s.kind == SlotKind.CELL && !s.text.isBlank()) {
                if (found >= 0) {
                    return -1;
                }
                found = k;
            }
        }
        return found;
    }

    private String text(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        return formatter.formatCellValue(cell).replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean bordered(@Nullable Cell cell) {
        if (cell == null) {
            return false;
        }
        CellStyle s = cell.getCellStyle();
        return s.getBorderTop() != BorderStyle.NONE
                || s.getBorderBottom() != BorderStyle.NONE
                || s.getBorderLeft() != BorderStyle.NONE
                || s.getBorderRight() != BorderStyle.NONE;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
