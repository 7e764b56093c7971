package cn.perftarget.domain.office.lists;

import cn.perftarget.domain.time.BeijingTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A list as an Excel workbook (.xlsx): one sheet, a bold header row that stays in view and filters, then one row per
 * item. Values keep their kind: text as text (never a formula, whatever it starts with), numbers as numbers
 * ({@link BigDecimal} with its decimals shown), dates and times as Excel dates shown {@code yyyy-mm-dd} or
 * {@code yyyy-mm-dd hh:mm} (an {@link Instant} in Beijing time), booleans as booleans, null blank, anything else as
 * its {@code toString()}. Rows are streamed to the file, so long lists (an auditor's region) take little memory.
 * The texts are given already in the reader's language.
 */
public final class ListWorkbook {

    /** At most this many characters wide, however long a value. */
    private static final int MAX_COLUMN_CHARS = 60;

    private static final int SAMPLED_ROWS = 500;

    private ListWorkbook() {}

    /**
     * @param sheetName the sheet's name (characters Excel does not allow are replaced)
     * @param headers   the column titles
     * @param rows      the items, each a list of values in the order of the headers
     * @throws IllegalArgumentException when there are more rows than a sheet holds (1,048,575 below the header)
     */
    public static byte[] xlsx(String sheetName, List<String> headers, List<? extends List<?>> rows) {
        return xlsx(List.of(new ListSheet(sheetName, headers, rows)));
    }

    /**
     * One sheet of a workbook of several lists.
     *
     * @param name    the sheet's name (characters Excel does not allow are replaced)
     * @param headers the column titles
     * @param rows    the items, each a list of values in the order of the headers
     */
    public record ListSheet(String name, List<String> headers, List<? extends List<?>> rows) {}

    /** A workbook of several lists, a sheet each, in the order given. */
    public static byte[] xlsx(List<ListSheet> sheets) {
        for (ListSheet s : sheets) {
            if (s.rows().size() >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
                throw new IllegalArgumentException(
                        "too many rows for one sheet: " + s.rows().size());
            }
        }
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(wb);
            for (ListSheet s : sheets) {
                sheet(wb, styles, s.name(), s.headers(), s.rows());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException e) {
                // nothing left to release: the temporary files were disposed of above
            }
        }
    }

    private static void sheet(
            SXSSFWorkbook wb, Styles styles, String sheetName, List<String> headers, List<? extends List<?>> rows) {
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
        if (!headers.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, headers.size() - 1));
        }
        int[] widths = widths(headers, rows);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<?> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                write(row.createCell(c), values.get(c), styles);
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void write(Cell cell, @Nullable Object value, Styles styles) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(styles.decimals(Math.max(0, d.scale())));
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        } else if (value instanceof LocalDateTime t) {
            dateTime(cell, t, styles);
        } else if (value instanceof Instant i) {
            dateTime(cell, LocalDateTime.ofInstant(i, BeijingTime.ZONE), styles);
        } else if (value instanceof OffsetDateTime t) {
            dateTime(cell, LocalDateTime.ofInstant(t.toInstant(), BeijingTime.ZONE), styles);
        } else if (value instanceof ZonedDateTime t) {
            dateTime(cell, LocalDateTime.ofInstant(t.toInstant(), BeijingTime.ZONE), styles);
        } else {
            cell.setCellValue(value.toString());
            cell.setCellStyle(styles.text);
        }
    }

    private static void dateTime(Cell cell, LocalDateTime t, Styles styles) {
        cell.setCellValue(t);
        cell.setCellStyle(styles.dateTime);
    }

    /** Column widths in characters from the header and the first rows (CJK characters count two). */
    private static int[] widths(List<String> headers, List<? extends List<?>> rows) {
        int columns = headers.size();
        for (List<?> r : rows.subList(0, Math.min(rows.size(), SAMPLED_ROWS))) {
            columns = Math.max(columns, r.size());
        }
        int[] widths = new int[columns];
        for (int c = 0; c < headers.size(); c++) {
            widths[c] = width(headers.get(c)) + 4;
        }
        for (List<?> r : rows.subList(0, Math.min(rows.size(), SAMPLED_ROWS))) {
            for (int c = 0; c < r.size(); c++) {
                Object v = r.get(c);
                int w = v == null
                        ? 0
                        : v instanceof LocalDate
                                ? 10
                                : v instanceof Instant || v instanceof LocalDateTime ? 16 : width(v.toString());
                widths[c] = Math.max(widths[c], Math.min(MAX_COLUMN_CHARS, w + 2));
            }
        }
        return widths;
    }

    private static int width(String s) {
        int w = 0;
        for (String line : s.split("\n", -1)) {
            w = Math.max(w, line.codePoints().map(cp -> cp >= 0x1100 ? 2 : 1).sum());
        }
        return w;
    }

    /** The few styles of a list, made once per workbook. */
    private static final class Styles {

        final CellStyle header;
        final CellStyle text;
        final CellStyle date;
        final CellStyle dateTime;
        private final Workbook wb;
        private final List<@Nullable CellStyle> decimals = new ArrayList<>();

        Styles(Workbook wb) {
            this.wb = wb;
            header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = wb.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        }

        CellStyle decimals(int scale) {
            while (decimals.size() <= scale) {
                decimals.add(null);
            }
            CellStyle s = decimals.get(scale);
            if (s == null) {
                s = wb.createCellStyle();
                s.setDataFormat(wb.createDataFormat().getFormat(scale == 0 ? "0" : "0." + "0".repeat(scale)));
                decimals.set(scale, s);
            }
            return s;
        }
    }
}
