package cn.perftarget.domain.office;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.DocumentGrid;
import cn.perftarget.domain.importer.GridImporter;
import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.office.guard.OfficeFileRefused;
import cn.perftarget.domain.office.guard.OfficeFormat;
import cn.perftarget.domain.office.guard.OfficeGuard;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.office.guard.RefusalReason;
import cn.perftarget.domain.office.read.CellBudget;
import cn.perftarget.domain.office.read.LegacyWordReader;
import cn.perftarget.domain.office.read.WordReader;
import cn.perftarget.domain.office.read.WorkbookReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.SAXException;

/**
 * Reads a .docx, .doc, .xlsx or .xls file into the same {@link ImportedDocument} as the paste importer: every
 * 绩效目标表 with every cell as written, the 部门整体绩效目标 part, and what could not be read with its place (table,
 * row and column; sheet, row and column). Stateless and thread-safe.
 *
 * <p>Before parsing, {@link OfficeGuard} checks the file; a file that fails any check, or that the format's reader
 * cannot read, is refused with {@link OfficeFileRefused} (its message in Chinese and English) and nothing of it is
 * returned.
 */
public final class OfficeImporter {

    private final GridImporter recogniser = new GridImporter();

    /**
     * Whether a file of this name is read here (by its extension: .docx, .doc, .xlsx, .xls, and the macro-enabled
     * .docm, .xlsm … to be refused), rather than as pasted text.
     */
    public static boolean accepts(String fileName) {
        return OfficeGuard.isOfficeName(fileName);
    }

    /**
     * @param fileName the name as uploaded: its extension says the format, the content must be of that format
     * @param options  what the document does not say (unit, year), as for pasted text
     * @throws OfficeFileRefused when the file is refused
     */
    public ImportedDocument read(String fileName, byte[] content, ImportOptions options, OfficeLimits limits) {
        OfficeFormat format = OfficeGuard.check(fileName, content, limits);
        CellBudget budget = new CellBudget(fileName, limits.maxCells());
        return recogniser.read(grid(fileName, format, content, budget), options);
    }

    /** Reads the stream (at most {@code limits.maxBytes()}, a longer one is refused) and the file it holds. */
    public ImportedDocument read(String fileName, InputStream content, ImportOptions options, OfficeLimits limits) {
        return read(fileName, OfficeGuard.readBounded(fileName, content, limits), options, limits);
    }

    private static DocumentGrid grid(String fileName, OfficeFormat format, byte[] content, CellBudget budget) {
        try {
            return switch (format) {
                case DOCX -> {
                    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
                        yield WordReader.read(pkg, budget);
                    }
                }
                case DOC -> {
                    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content));
                            HWPFDocument doc = new HWPFDocument(fs)) {
                        yield LegacyWordReader.read(doc, budget);
                    }
                }
                case XLSX -> {
                    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
                            XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                        yield WorkbookReader.read(wb, budget);
                    }
                }
                case XLS -> {
                    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content));
                            HSSFWorkbook wb = new HSSFWorkbook(fs)) {
                        yield WorkbookReader.read(wb, budget);
                    }
                }
            };
        } catch (OfficeFileRefused e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new OfficeFileRefused(RefusalReason.ENCRYPTED, Message.of("office.refused.encrypted", fileName), e);
        } catch (IOException | InvalidFormatException | SAXException | RuntimeException e) {
            throw new OfficeFileRefused(
                    RefusalReason.UNREADABLE, Message.of("office.refused.unreadable", fileName, format), e);
        }
    }
}
