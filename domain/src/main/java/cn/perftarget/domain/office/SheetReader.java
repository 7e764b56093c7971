package cn.perftarget.domain.office;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.office.guard.OfficeFileRefused;
import cn.perftarget.domain.office.guard.OfficeFormat;
import cn.perftarget.domain.office.guard.OfficeGuard;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.office.guard.RefusalReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of a list kept in Excel (users, an agency list): the first visible sheet of an .xlsx or .xls, each row
 * as the texts a person sees in its cells (a number formatted as shown), rows without text left out. The file passes
 * {@link OfficeGuard} first; a Word file, a refused or unreadable file, or a sheet longer than {@code maxRows} is
 * refused with {@link OfficeFileRefused} and nothing of it is returned.
 */
public final class SheetReader {

    /** One row of the sheet. @param number the row number as Excel shows it (from 1) */
    public record SheetRow(int number, List<String> cells) {

        /** The text of a column (0 for A), blank beyond the row's last cell. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    private SheetReader() {}

    public static List<SheetRow> rows(String fileName, byte[] content, OfficeLimits limits, int maxRows) {
        OfficeFormat format = OfficeGuard.check(fileName, content, limits);
        if (format.isWord()) {
            throw new OfficeFileRefused(
                    RefusalReason.UNSUPPORTED_TYPE, Message.of("office.refused.notASheet", fileName));
        }
        try (Workbook wb = open(format, content)) {
            return rows(fileName, wb, maxRows);
        } catch (OfficeFileRefused e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new OfficeFileRefused(RefusalReason.ENCRYPTED, Message.of("office.refused.encrypted", fileName), e);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw new OfficeFileRefused(
                    RefusalReason.UNREADABLE, Message.of("office.refused.unreadable", fileName, format), e);
        }
    }

    private static Workbook open(OfficeFormat format, byte[] content) throws IOException, InvalidFormatException {
        if (format == OfficeFormat.XLSX) {
            return new XSSFWorkbook(OPCPackage.open(new ByteArrayInputStream(content)));
        }
        return new HSSFWorkbook(new POIFSFileSystem(new ByteArrayInputStream(content)));
    }

    private static List<SheetRow> rows(String fileName, Workbook wb, int maxRows) {
        Sheet sheet = null;
        for (int i = 0; i < wb.getNumberOfSheets() && sheet == null; i++) {
            if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                sheet = wb.getSheetAt(i);
            }
        }
        List<SheetRow> rows = new ArrayList<>();
        if (sheet == null) {
            return rows;
        }
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        formatter.setUseCachedValuesForFormulaCells(true);
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            boolean text = false;
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                Cell cell = row.getCell(c);
                String value =
                        cell == null ? "" : formatter.formatCellValue(cell).strip();
                text |= !value.isEmpty();
                cells.add(value);
            }
            if (text) {
                if (rows.size() >= maxRows) {
                    throw new OfficeFileRefused(
                            RefusalReason.TOO_MANY_CELLS, Message.of("office.refused.tooManyRows", fileName, maxRows));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, List.copyOf(cells)));
            }
        }
        return rows;
    }
}
