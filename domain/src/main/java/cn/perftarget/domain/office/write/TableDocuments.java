package cn.perftarget.domain.office.write;

import cn.perftarget.domain.table.TargetTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * One 绩效目标表 as a file in the published layout: title {@code N.项目名称绩效目标表}, the unit line and
 * {@code 单位：万元}, the grid with its merged cells ({@link TableLayout}). Every cell is the table's text as written,
 * so that the importer reads the file back to the same table (the year is not in the layout: give it as an import
 * option). Stateless; each call returns the whole file.
 */
public final class TableDocuments {

    /** The sheet of an exported table. */
    public static final String SHEET_NAME = "绩效目标表";

    private TableDocuments() {}

    /** The table as a Word document (.docx), A4 portrait. */
    public static byte[] docx(TargetTable table, int number) {
        try (XWPFDocument doc = WordTables.newDocument()) {
            WordTables.table(doc, table, number);
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table as a PDF, A4 portrait, its CJK font embedded (a subset): it shows on a machine without Chinese fonts. */
    public static byte[] pdf(TargetTable table, int number) {
        try (PdfTables pdf = new PdfTables(TableLayout.title(table, number))) {
            pdf.table(table, number);
            return pdf.bytes();
        }
    }

    /** The table as an Excel workbook (.xlsx): one sheet, the same grid and merged cells, amounts as numbers. */
    public static byte[] xlsx(TargetTable table, int number) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            new WorkbookTables(wb).sheet(SHEET_NAME, table, number);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
