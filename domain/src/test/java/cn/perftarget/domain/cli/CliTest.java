package cn.perftarget.domain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.importer.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process with captured output. */
class CliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path workingDirectory, Path moduleDirectory, String... args) {
        CliContext context = new CliContext(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                workingDirectory,
                moduleDirectory);
        return new Cli(Cli.commands()).run(args, context);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path seed(String name, String fileName) throws IOException {
        return Files.writeString(dir.resolve(fileName), Seeds.text(name), StandardCharsets.UTF_8);
    }

    @Test
    void importListsEveryTableOfARelativePath() throws IOException {
        seed(Seeds.WORD_001, "001.txt");

        int code = run(dir, null, "import", "001.txt");

        assertThat(code).isZero();
        assertThat(err()).isEmpty();
        assertThat(out())
                .startsWith("文件：" + dir.resolve("001.txt") + "\n绩效目标表：8 张\n")
                .contains("""
                        [3] 13020225P00003810001B 劳务费
                            单位：438001 唐山市路南区数据和行政审批局本级
                            年度：（文中未写明）
                            预算数：112.00  其中财政资金：112.00  其他资金：（空）
                            资金支出计划（%）：3月底 25%  6月底 50%  10月底 75%  12月底 100%
                            指标：7 行
                        """)
                .contains("[8] 13020225P00003510001A 政府投资项目评审费\n")
                .contains("部门整体绩效目标：总体绩效目标 328 字，分项绩效目标 6 项，保障措施 736 字\n")
                .endsWith("无法读取的内容：无\n");
        assertThat(out().lines().filter(l -> l.startsWith("    指标："))).hasSize(8);
    }

    @Test
    void importPrintsBlankPlanCellsAndTheProblemsWithLineNumbers() throws IOException {
        List<String> lines = Seeds.text(Seeds.WORD_002).lines().toList();
        Files.write(dir.resolve("002-cut.txt"), lines.subList(0, 117), StandardCharsets.UTF_8);

        int code = run(dir, null, "import", dir.resolve("002-cut.txt").toString());

        assertThat(code).isZero();
        assertThat(out())
                .contains("[1] 13081123P00021510001E 法律顾问费\n")
                .contains("    资金支出计划（%）：3月底 （空）  6月底 （空）  10月底 100%  12月底 （空）\n")
                .contains("    指标：6 行\n")
                .endsWith("无法读取的内容（1 处）：\n  第116行：指标行有2个单元格（应为6个），未导入该行\n");
    }

    @Test
    void aModuleRelativePathIsFoundWhenTheWorkingDirectoryHasNoSuchFile() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        seed(Seeds.PDF_000, "seeds/000.txt");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        int code = run(elsewhere, dir, "import", "seeds/000.txt");

        assertThat(code).isZero();
        assertThat(out())
                .contains("绩效目标表：4 张\n")
                .contains("[4] 131003004 项目审批工作\n")
                .contains("    资金支出计划（%）：3月底 10%  6月底 50%  10月底 75%  12月底 25%\n");
    }

    @Test
    void missingFileIsAnErrorWithExitCode2() {
        int code = run(dir, null, "import", "nicht-da.txt");

        assertThat(code).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("错误：文件不存在：" + dir.resolve("nicht-da.txt") + "\n");
    }

    @Test
    void fileThatIsNotUtf8IsAnError() throws IOException {
        Files.write(dir.resolve("gbk.txt"), "项目编码".getBytes(Charset.forName("GBK")));

        assertThat(run(dir, null, "import", "gbk.txt")).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(err()).startsWith("错误：文件不是 UTF-8 编码，无法读取：");
    }

    @Test
    void usageErrors() {
        assertThat(run(dir, null)).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(err()).startsWith("缺少命令。\n用法：\n").contains("  import FILE [--lang en|zh]");
        err.reset();
        assertThat(run(dir, null, "export", "x")).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(err()).startsWith("未知命令“export”。\n用法：");
        err.reset();
        assertThat(run(dir, null, "import")).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(err()).isEqualTo("错误：import 需要且只需要一个文件参数：import FILE [--lang en|zh]\n");
        err.reset();
        assertThat(run(dir, null, "import", "a", "b")).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(run(dir, null, "--help")).isZero();
        assertThat(out()).startsWith("用法：\n");
    }

    @Test
    void importInEnglish() throws IOException {
        List<String> lines = Seeds.text(Seeds.WORD_002).lines().toList();
        Files.write(dir.resolve("002-cut.txt"), lines.subList(0, 117), StandardCharsets.UTF_8);

        int code = run(dir, null, "import", "002-cut.txt", "--lang", "en");

        assertThat(code).isZero();
        assertThat(out())
                .startsWith("File: " + dir.resolve("002-cut.txt") + "\nTarget tables: 1\n")
                .contains("[1] 13081123P00021510001E 法律顾问费\n")
                .contains("    Year: (not stated in the text)\n")
                .contains("    Spending plan (%): end of March (blank)  end of June (blank)  end of October 100%"
                        + "  end of December (blank)\n")
                .contains("    Indicators: 6 rows\n")
                .endsWith("Could not be read (1 place):\n  Line 116: An indicator row has 2 cells (it should have 6):"
                        + " the row was not imported\n");
    }

    @Test
    void usageErrorsInEnglish() {
        assertThat(run(dir, null, "--lang", "en")).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(err()).startsWith("No command given.\nUsage:\n").contains("  import FILE [--lang en|zh]");
        err.reset();
        assertThat(run(dir, null, "import", "--lang=en")).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(err()).isEqualTo("Error: import takes exactly one file: import FILE [--lang en|zh]\n");
        err.reset();
        assertThat(run(dir, null, "--lang", "en", "import", "nicht-da.txt")).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(err()).isEqualTo("Error: No such file: " + dir.resolve("nicht-da.txt") + "\n");
        err.reset();
        assertThat(run(dir, null, "import", "x.txt", "--lang", "fr")).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(err()).isEqualTo("错误：--lang 只能是 en 或 zh，不能是“fr”\n");
    }

    @Test
    void mainWritesUtf8ToStandardOut() throws IOException {
        Path file = seed(Seeds.WORD_004, "004.txt");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.ISO_8859_1));
            Cli.main(new String[] {"import", file.toString()});
        } finally {
            System.setOut(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains("绩效目标表：24 张\n")
                .contains("[20] 130311219Q3XT3A39F26U 专项邮电费\n    单位：442003 秦皇岛经济技术开发区政务服务中心\n    年度：2020\n")
                .contains("    预算数：1.87  其中财政资金：1.87  其他资金：0\n");
    }
}
