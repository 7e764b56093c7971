package cn.perftarget.domain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.office.write.PublicationDocument;
import cn.perftarget.domain.office.write.PublicationHeader;
import cn.perftarget.domain.office.write.TableDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and {@code validate} on Word and Excel files, and refused files as file errors. */
class OfficeFilesCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        CliContext context = new CliContext(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                dir,
                null);
        return new Cli(Cli.commands()).run(args, context);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validatingTheWordDocumentOfSeed004FindsWhatItsTextFinds() throws IOException {
        ImportedDocument seed = SeedDocuments.load(SeedDocuments.resource("004"));
        Files.writeString(dir.resolve("004.txt"), SeedDocuments.text(SeedDocuments.resource("004")));
        Files.write(
                dir.resolve("004.docx"),
                PublicationDocument.docx(
                        new PublicationHeader("442", "秦皇岛经济技术开发区行政审批局", 2020), seed.department(), seed.tables()));

        int textCode = run("validate", "004.txt", "--json");
        JsonNode text = new ObjectMapper().readTree(out());
        int wordCode = run("validate", "004.docx", "--json");
        JsonNode word = new ObjectMapper().readTree(out());

        assertThat(wordCode).isEqualTo(textCode).isEqualTo(ValidateCommand.ERRORS_FOUND);
        assertThat(word.get("file").asText()).isEqualTo(dir.resolve("004.docx").toString());
        assertThat(word.get("tables")).hasSize(24).isEqualTo(text.get("tables"));
        assertThat(word.get("totals")).isEqualTo(text.get("totals"));
    }

    @Test
    void importOfAnExcelFileListsItsTable() throws IOException {
        var table = SeedDocuments.load(SeedDocuments.resource("004")).tables().get(0);
        Files.write(dir.resolve("表1.xlsx"), TableDocuments.xlsx(table, 1));

        assertThat(run("import", "表1.xlsx", "--lang", "en")).isZero();

        assertThat(out())
                .contains("Target tables: 1\n")
                .contains("[1] 1303112121B0RMI62LEAT 服务器、总控室的设备维修费以及短息服务费\n")
                .contains("Budget: 4.00  of which fiscal funds: 4.00  other funds: 0\n")
                .endsWith("Could not be read: nothing\n");
    }

    @Test
    void whatCannotBeReadIsPlacedAtItsTableRowAndColumn() throws IOException {
        var table = SeedDocuments.load(SeedDocuments.resource("004")).tables().get(0);
        byte[] docx = TableDocuments.docx(table, 1);
        Files.write(dir.resolve("表1.docx"), docx);
        // the Word table without its 预算数 caption: the second cell of row 3 says something else
        String xml = new String(
                        cn.perftarget.domain.office.OfficeFilesAccess.entry(docx, "word/document.xml"),
                        StandardCharsets.UTF_8)
                .replaceFirst(">预算数<", ">预算<");
        Files.write(
                dir.resolve("表1.docx"),
                cn.perftarget.domain.office.OfficeFilesAccess.with(
                        docx, "word/document.xml", xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(run("import", "表1.docx")).isZero();

        assertThat(out())
                .contains("预算数：（空）")
                .endsWith(
                        "无法读取的内容（2 处）：\n" + "  第1个表格第3行第2列：缺少“预算数”\n" + "  第1个表格第3行第2列：“其中：财政资金”之前有无法识别的单元格“预算”，未导入\n");
    }

    @Test
    void aRefusedFileIsAFileErrorInTheLanguageOfTheCommandLine() throws IOException {
        Files.write(dir.resolve("宏.docm"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("假.xlsx"), "项目编码,123".getBytes(StandardCharsets.UTF_8));

        assertThat(run("validate", "宏.docm", "--json")).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("错误：文件“宏.docm”含有宏（.docm），出于安全原因不予导入。请另存为不含宏的 .docx 或 .xlsx 后重新上传\n");

        assertThat(run("import", "假.xlsx", "--lang", "en")).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(err())
                .isEqualTo("Error: The file \"假.xlsx\" is named .xlsx but holds unrecognised content: not imported."
                        + " Save it in its real format and upload it again\n");

        assertThat(run("import", "不在.docx")).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(err()).isEqualTo("错误：文件不存在：" + dir.resolve("不在.docx") + "\n");
    }
}
