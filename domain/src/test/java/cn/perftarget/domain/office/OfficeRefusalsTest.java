package cn.perftarget.domain.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.office.guard.OfficeFileRefused;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.office.guard.RefusalReason;
import cn.perftarget.domain.office.write.PublicationDocument;
import cn.perftarget.domain.office.write.PublicationHeader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are refused, each a real file crafted here: nothing is returned, and the user reads why in Chinese (and
 * in English when the screen is English).
 */
class OfficeRefusalsTest {

    private final OfficeImporter importer = new OfficeImporter();

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
            String name, byte[] file, OfficeLimits limits, RefusalReason reason, String chinese) {
        return assertThatThrownBy(() -> importer.read(name, file, ImportOptions.NONE, limits))
                .isInstanceOfSatisfying(OfficeFileRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(MessageBundles.domain().chinese(e.message())).isEqualTo(chinese);
                    assertThat(e.getMessage()).isEqualTo(chinese);
                });
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
            String name, byte[] file, RefusalReason reason, String chinese) {
        return assertRefused(name, file, OfficeLimits.DEFAULTS, reason, chinese);
    }

    private static String english(Throwable e) {
        return MessageBundles.domain().render(((OfficeFileRefused) e).message(), MessageBundles.ENGLISH);
    }

    @Test
    void aFileOverTwentyMegabytesIsNotRead() {
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(OfficeFiles.docx(), 0, big, 0, 4);

        assertRefused("大.docx", big, RefusalReason.TOO_LARGE, "文件“大.docx”大小为 21 MB，超过上限 20 MB，未导入")
                .satisfies(e -> assertThat(english(e))
                        .isEqualTo("The file \"大.docx\" is 21 MB, over the limit of 20 MB: not imported"));
    }

    @Test
    void theLimitIsGivenAndAStreamIsNotReadPastIt() {
        OfficeLimits small = OfficeLimits.DEFAULTS.withMaxBytes(1024);
        byte[] file = java.util.Arrays.copyOf(OfficeFiles.docx(), 2560);
        assertRefused("表.docx", file, small, RefusalReason.TOO_LARGE, "文件“表.docx”大小为 2.5 KB，超过上限 1 KB，未导入");

        CountingStream endless = new CountingStream();
        assertThatThrownBy(() -> importer.read("表.docx", endless, ImportOptions.NONE, small))
                .isInstanceOfSatisfying(
                        OfficeFileRefused.class,
                        e -> assertThat(MessageBundles.domain().chinese(e.message()))
                                .isEqualTo("文件“表.docx”超过大小上限 1 KB，未导入"));
        assertThat(endless.read).isLessThan(200 * 1024);
    }

    /** A stream that never ends. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }
    }

    @Test
    void aZipBombIsStoppedBeforeItIsUnpacked() {
        byte[] bomb = OfficeFiles.zipBomb(64);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertRefused("炸弹.docx", bomb, RefusalReason.ZIP_BOMB, "文件“炸弹.docx”解压后的大小与文件大小极不相称（疑似压缩炸弹），出于安全原因未导入");
    }

    @Test
    void anEncryptedWordOrExcelFileIsRefused() throws IOException {
        String chinese = "文件“加密.docx”已加密或设有打开密码，无法读取。请取消密码后重新上传";
        assertRefused("加密.docx", OfficeFiles.encrypted(OfficeFiles.docx(), "123456"), RefusalReason.ENCRYPTED, chinese);
        assertRefused(
                "加密.xlsx",
                OfficeFiles.encrypted(OfficeFiles.xlsx(), "123456"),
                RefusalReason.ENCRYPTED,
                chinese.replace(".docx", ".xlsx"));

        byte[] doc = resource("seed002-publication.doc");
        byte[] xls = resource("seed002-table2.xls");
        ByteArrayOutputStream encryptedDoc = new ByteArrayOutputStream();
        ByteArrayOutputStream encryptedXls = new ByteArrayOutputStream();
        Biff8EncryptionKey.setCurrentUserPassword("123456");
        try (HWPFDocument d = new HWPFDocument(new POIFSFileSystem(new ByteArrayInputStream(doc)));
                HSSFWorkbook w = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
            d.write(encryptedDoc);
            w.write(encryptedXls);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertRefused("加密.doc", encryptedDoc.toByteArray(), RefusalReason.ENCRYPTED, chinese.replace(".docx", ".doc"));
        assertRefused("加密.xls", encryptedXls.toByteArray(), RefusalReason.ENCRYPTED, chinese.replace(".docx", ".xls"));
    }

    @Test
    void macrosAreRefusedByNameAndInside() throws IOException {
        assertRefused(
                "宏.docm",
                OfficeFiles.docx(),
                RefusalReason.MACROS,
                "文件“宏.docm”含有宏（.docm），出于安全原因不予导入。请另存为不含宏的 .docx 或 .xlsx 后重新上传");

        byte[] withVba = OfficeFiles.with(OfficeFiles.docx(), "word/vbaProject.bin", new byte[] {1, 2, 3});
        assertRefused(
                "宏.docx",
                withVba,
                RefusalReason.MACROS,
                "文件“宏.docx”含有宏（word/vbaProject.bin），出于安全原因不予导入。请另存为不含宏的 .docx 或 .xlsx 后重新上传");

        String types = OfficeFiles.text(OfficeFiles.xlsx(), "[Content_Types].xml")
                .replace(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
        byte[] xlsm =
                OfficeFiles.with(OfficeFiles.xlsx(), "[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        assertRefused(
                "宏.xlsx",
                xlsm,
                RefusalReason.MACROS,
                "文件“宏.xlsx”含有宏（application/vnd.ms-excel.sheet.macroEnabled.main+xml），出于安全原因不予导入。请另存为不含宏的 .docx 或 .xlsx 后重新上传");

        ByteArrayOutputStream xlsWithVba = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(resource("seed002-table2.xls")))) {
            fs.getRoot()
                    .createDirectory("_VBA_PROJECT_CUR")
                    .createDocument("VBA", new ByteArrayInputStream(new byte[64]));
            fs.writeFilesystem(xlsWithVba);
        }
        assertRefused(
                "宏.xls",
                xlsWithVba.toByteArray(),
                RefusalReason.MACROS,
                "文件“宏.xls”含有宏（_VBA_PROJECT_CUR），出于安全原因不予导入。请另存为不含宏的 .docx 或 .xlsx 后重新上传");
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsRefusedNamingWhatItIs() {
        byte[] pdf = PublicationDocument.pdf(
                new PublicationHeader("442", "行政审批局", 2021), null, List.of(OfficeFiles.table()));
        assertRefused("表.docx", pdf, RefusalReason.WRONG_CONTENT, "文件“表.docx”的扩展名是 .docx，但内容是PDF 文件，未导入。请按实际格式另存后重新上传")
                .satisfies(e -> assertThat(english(e))
                        .isEqualTo("The file \"表.docx\" is named .docx but holds a PDF file: not imported. Save it in"
                                + " its real format and upload it again"));
        assertRefused(
                "表.docx",
                OfficeFiles.xlsx(),
                RefusalReason.WRONG_CONTENT,
                "文件“表.docx”的扩展名是 .docx，但内容是Excel 工作簿（.xlsx），未导入。请按实际格式另存后重新上传");
        assertRefused(
                "表.xls",
                "项目编码\t13031121\n".getBytes(StandardCharsets.UTF_8),
                RefusalReason.WRONG_CONTENT,
                "文件“表.xls”的扩展名是 .xls，但内容是无法识别的内容，未导入。请按实际格式另存后重新上传");
        assertRefused(
                "表.doc",
                OfficeFiles.docx(),
                RefusalReason.WRONG_CONTENT,
                "文件“表.doc”的扩展名是 .doc，但内容是Word 文档（.docx），未导入。请按实际格式另存后重新上传");
        assertRefused(
                "空.xlsx", new byte[0], RefusalReason.WRONG_CONTENT, "文件“空.xlsx”的扩展名是 .xlsx，但内容是空文件，未导入。请按实际格式另存后重新上传");
        assertRefused(
                "表.pdf",
                pdf,
                RefusalReason.UNSUPPORTED_TYPE,
                "不支持文件“表.pdf”的类型，请上传 Word（.docx、.doc）或 Excel（.xlsx、.xls）文件");
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-4711");
        String body = OfficeFiles.text(OfficeFiles.docx(), "word/document.xml");
        String xxe = body.replaceFirst(
                        "\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("项目编码", "&xxe;");
        byte[] file = OfficeFiles.with(OfficeFiles.docx(), "word/document.xml", xxe.getBytes(StandardCharsets.UTF_8));

        assertRefused(
                        "实体.docx",
                        file,
                        RefusalReason.EXTERNAL_ENTITIES,
                        "文件“实体.docx”的“word/document.xml”部分含有 XML 文档类型声明（可引用外部实体），出于安全原因不予导入")
                .satisfies(e -> assertThat(e)
                        .hasStackTraceContaining("实体.docx")
                        .satisfies(x -> assertThat(x.toString()).doesNotContain("TOP-SECRET")));

        // POI's XWPF on its own, without our check, does not resolve the entity either
        String seen;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            seen = extractor.getText();
        } catch (Exception e) {
            seen = e.toString();
        }
        assertThat(seen).doesNotContain("TOP-SECRET");
        // nor does the secure parser our Word reader uses
        String parsed;
        try {
            parsed = DocumentHelper.readDocument(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement()
                    .getTextContent();
        } catch (Exception e) {
            parsed = e.toString();
        }
        assertThat(parsed).doesNotContain("TOP-SECRET");
    }

    @Test
    void aSmallFileWithAHugeSheetIsRefusedByItsCells() {
        assertRefused(
                "大表.xlsx",
                OfficeFiles.xlsx(),
                new OfficeLimits(
                        OfficeLimits.DEFAULTS.maxBytes(), 100, 2000, OfficeLimits.DEFAULTS.maxInflatedBytes(), 0.01),
                RefusalReason.TOO_MANY_CELLS,
                "文件“大表.xlsx”的表格单元格超过 100 个，未导入");
    }

    @Test
    void aDamagedFileIsRefusedAsUnreadable() {
        byte[] docx = OfficeFiles.docx();
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
        assertRefused("坏.docx", cut, RefusalReason.UNREADABLE, "文件“坏.docx”已损坏，或不是有效的Word 文档（.docx），无法读取");
        byte[] notXml = OfficeFiles.with(docx, "word/document.xml", "<w:document".getBytes(StandardCharsets.UTF_8));
        assertRefused("坏.docx", notXml, RefusalReason.UNREADABLE, "文件“坏.docx”已损坏，或不是有效的Word 文档（.docx），无法读取");
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = OfficeRefusalsTest.class.getResourceAsStream("/office/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }
}
