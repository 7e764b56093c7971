package cn.perftarget.domain.office.write;

import cn.perftarget.domain.office.write.LayoutCell.CellStyle;
import cn.perftarget.domain.table.TargetTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * Writes a 绩效目标表 on a sheet in the published layout ({@link TableLayout}): the title on the first row, merged
 * across, then the unit line and the grid with its merged regions. An amount or a percentage written as a plain number
 * ({@code 4.00}, {@code 25.00%}) becomes a number shown with exactly its decimals, so that sums work and the text a
 * person sees is the text as written; everything else is text. Works on .xlsx and .xls workbooks alike.
 */
final class WorkbookTables {

    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9]\\d{0,11})(?:\\.(\\d{1,6}))?");
    private static final Pattern PERCENT = Pattern.compile("(0|[1-9]\\d{0,5})(?:\\.(\\d{1,4}))?%");
    /** Characters per grid width unit (the column widths are relative). */
    private static final double CHARS_PER_UNIT = 1.15;

    private static final short CELL_POINTS = 10;
    private static final float LINE_POINTS = 14f;

    private final Workbook workbook;
    private final Map<String, org.apache.poi.ss.usermodel.CellStyle> styles = new HashMap<>();

    WorkbookTables(Workbook workbook) {
        this.workbook = workbook;
    }

    /** A new sheet holding the table. */
    Sheet sheet(String name, TargetTable table, int number) {
        Sheet sheet = workbook.createSheet(name);
        for (int c = 0; c < TableLayout.COLUMNS; c++) {
            sheet.setColumnWidth(c, (int) Math.round(TableLayout.WIDTHS[c] * CHARS_PER_UNIT * 256));
        }
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        Row title = sheet.createRow(0);
        title.setHeightInPoints(24f);
        Cell t = title.createCell(0);
        t.setCellValue(TableLayout.title(table, number));
        t.setCellStyle(style("title", true, HorizontalAlignment.CENTER, false, null, (short) 14));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, TableLayout.COLUMNS - 1));
        TableLayout layout = TableLayout.of(table);
        List<List<LayoutCell>> rows = layout.rows();
        List<List<LayoutCell>> covered = layout.coveredFromAbove();
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(i + 1);
            for (LayoutCell c : rows.get(i)) {
                write(sheet, row, c);
            }
            for (LayoutCell c : covered.get(i)) {
                border(row, c);
            }
            row.setHeightInPoints(height(rows.get(i)));
        }
        return sheet;
    }

    private void write(Sheet sheet, Row row, LayoutCell c) {
        Cell cell = row.createCell(c.column());
        String format = value(cell, c.text());
        cell.setCellStyle(style(c.style(), format));
        border(row, c);
        if (c.colSpan() > 1 || c.rowSpan() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(
                    row.getRowNum(), row.getRowNum() + c.rowSpan() - 1, c.column(), c.lastColumn()));
        }
    }

    /** The other cells a merged cell covers in this row carry its border (Excel draws a region's border per cell). */
    private void border(Row row, LayoutCell c) {
        for (int col = c.column(); col <= c.lastColumn(); col++) {
            if (row.getCell(col) == null) {
                row.createCell(col).setCellStyle(style(c.style(), null));
            }
        }
    }

    /** Sets the value; returns the number format when it is written as a number, null for text. */
    private static @Nullable String value(Cell cell, String text) {
        Matcher d = DECIMAL.matcher(text);
        if (d.matches()) {
            cell.setCellValue(Double.parseDouble(text));
            return decimals("0", d.group(2));
        }
        Matcher p = PERCENT.matcher(text);
        if (p.matches()) {
            cell.setCellValue(new java.math.BigDecimal(text.substring(0, text.length() - 1))
                    .movePointLeft(2)
                    .doubleValue());
            return decimals("0", p.group(2)) + "%";
        }
        cell.setCellValue(text);
        return null;
    }

    private static String decimals(String integer, @Nullable String fraction) {
        return fraction == null ? integer : integer + "." + "0".repeat(fraction.length());
    }

    private org.apache.poi.ss.usermodel.CellStyle style(CellStyle kind, @Nullable String format) {
        HorizontalAlignment align = switch (kind) {
            case CAPTION, VALUE -> HorizontalAlignment.CENTER;
            case TEXT, UNIT -> HorizontalAlignment.LEFT;
            case AMOUNT_UNIT -> HorizontalAlignment.RIGHT;
        };
        return style(kind.name(), kind == CellStyle.CAPTION, align, kind.bordered(), format, CELL_POINTS);
    }

    private org.apache.poi.ss.usermodel.CellStyle style(
            String name,
            boolean bold,
            HorizontalAlignment align,
            boolean bordered,
            @Nullable String format,
            short points) {
        String key = name + "|" + format;
        return styles.computeIfAbsent(key, k -> {
            org.apache.poi.ss.usermodel.CellStyle s = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setFontName(WordTables.CHINESE_FONT);
            font.setFontHeightInPoints(points);
            font.setBold(bold);
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            if (bordered) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            if (format != null) {
                s.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            return s;
        });
    }

    /** A row high enough for its wrapped texts (Excel does not grow rows for merged cells by itself). */
    private static float height(List<LayoutCell> row) {
        int lines = 1;
        for (LayoutCell c : row) {
            if (c.rowSpan() == 1) {
                lines = Math.max(lines, lines(c));
            }
        }
        return lines * LINE_POINTS + 4f;
    }

    private static int lines(LayoutCell c) {
        int units = 0;
        for (int col = c.column(); col <= c.lastColumn(); col++) {
            units += TableLayout.WIDTHS[col];
        }
        int capacity = Math.max(1, (int) (units * CHARS_PER_UNIT) - 1);
        int lines = 0;
        for (String paragraph : c.text().split("\n", -1)) {
            int width = paragraph.codePoints().map(cp -> cp >= 0x1100 ? 2 : 1).sum();
            lines += Math.max(1, (width + capacity - 1) / capacity);
        }
        return lines;
    }
}
