package cn.perftarget.domain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.framework.FrameworkCatalog;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.rules.RuleSetting;
import cn.perftarget.domain.rules.RuleSettings;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.reference.RulesReference;
import cn.perftarget.domain.rules.validation.RuleCatalog;
import cn.perftarget.domain.rules.validation.Validator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate FILE [--json]}, {@code summary} and {@code rules-doc}, run in-process. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(List<Command> commands, String... args) {
        CliContext context = new CliContext(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                dir,
                null);
        return new Cli(commands).run(args, context);
    }

    private int run(String... args) {
        return run(Cli.commands(), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private void seed(String prefix, String fileName) throws IOException {
        Files.writeString(
                dir.resolve(fileName), SeedDocuments.text(SeedDocuments.resource(prefix)), StandardCharsets.UTF_8);
    }

    @Test
    void validatePrintsEveryFindingAndExitsOneOnErrors() throws IOException {
        seed("004", "004.txt");
        int code = run("validate", "004.txt");
        assertThat(code).isEqualTo(ValidateCommand.ERRORS_FOUND);
        assertThat(out())
                .contains("绩效目标表：24 张")
                .contains("[11] 专项刊物及专项业务图书费")
                .contains("[错误] R25 成本超预算 · 第4行指标·指标值：成本指标“1万”大于预算数0.5万元")
                .contains("[提示] R22 缺少计量单位 · 第4行指标·指标值")
                .contains("（可一键修正：改为“1万元”）")
                .contains("建议评级：中")
                .containsPattern("合计：错误 \\d+，警告 \\d+，提示 \\d+");
    }

    @Test
    void validateJson() throws IOException {
        seed("000", "000.txt");
        int code = run("validate", "000.txt", "--json");
        assertThat(code).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.get("tables")).hasSize(4);
        JsonNode approval = root.get("tables").get(3);
        assertThat(approval.get("projectName").asText()).isEqualTo("项目审批工作");
        assertThat(approval.get("suggestedGrade").asText()).isEqualTo("中");
        List<JsonNode> falling = java.util.stream.StreamSupport.stream(
                        approval.get("findings").spliterator(), false)
                .filter(f -> f.get("ruleId").asText().equals("R10"))
                .toList();
        assertThat(falling).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asText()).isEqualTo("ERROR");
            assertThat(f.get("location").get("field").asText()).isEqualTo("PLAN");
            assertThat(f.get("location").get("index").asInt()).isEqualTo(3);
            assertThat(f.get("location").get("label").asText()).isEqualTo("资金支出计划·12月底");
            assertThat(f.get("message").asText()).contains("75%").contains("25%");
        });
        assertThat(root.get("totals").get("ERROR").asInt()).isPositive();
    }

    @Test
    void validateInEnglish() throws IOException {
        seed("004", "004.txt");
        int code = run("validate", "004.txt", "--lang", "en");
        assertThat(code).isEqualTo(ValidateCommand.ERRORS_FOUND);
        assertThat(out())
                .contains("Target tables: 24")
                .contains("[11] 专项刊物及专项业务图书费")
                .contains("[Error] R25 Cost exceeds the budget · Indicator row 4, Target value: The cost \"1万\" exceeds"
                        + " the budget of 0.5 (10,000 yuan).")
                .contains(" (one-click fix: Change to \"1万元\")")
                .contains("Suggested grade: Fair")
                .containsPattern("Total: \\d+ errors, \\d+ warnings, \\d+ hints");
    }

    @Test
    void validateJsonKeepsItsMachineFieldsInEnglish() throws IOException {
        seed("000", "000.txt");
        run("validate", "000.txt", "--json", "--lang", "en");
        JsonNode approval = new ObjectMapper().readTree(out()).get("tables").get(3);
        assertThat(approval.get("suggestedGrade").asText()).isEqualTo("Fair");
        assertThat(approval.get("suggestedGradeId").asText()).isEqualTo("FAIR");
        assertThat(approval.get("gradeReasons").get(0).asText()).isEqualTo("Return for revision suggested (Fair)");
        JsonNode falling = null;
        for (JsonNode f : approval.get("findings")) {
            if (f.get("ruleId").asText().equals("R10")) {
                falling = f;
            }
        }
        assertThat(falling).isNotNull();
        assertThat(falling.get("severity").asText()).isEqualTo("ERROR");
        assertThat(falling.get("ruleName").asText()).isEqualTo("Spending plan decreases");
        assertThat(falling.get("location").get("field").asText()).isEqualTo("PLAN");
        assertThat(falling.get("location").get("index").asInt()).isEqualTo(3);
        assertThat(falling.get("location").get("label").asText()).isEqualTo("Spending plan, end of December");
        assertThat(falling.get("key").asText()).isEqualTo("rule.R10.falls");
        assertThat(falling.get("args").toString())
                .isEqualTo("[{\"key\":\"checkpoint.OCTOBER\"},\"75%\",{\"key\":\"checkpoint.DECEMBER\"},\"25%\"]");
        assertThat(falling.get("message").asText())
                .isEqualTo("The spending plan is 75% at the end of October but 25% at"
                        + " the end of December. The plan is cumulative: it can only stay level or rise. Correct it.");
    }

    @Test
    void validateExitsZeroWithoutErrors() throws IOException {
        // the same document with every rule that can report an ERROR switched off
        RuleSettings settings = RuleSettings.defaults();
        for (var info : RuleCatalog.infos().values()) {
            if (info.defaultSeverity() == Severity.ERROR) {
                settings = settings.with(info.id(), new RuleSetting(false, null, java.util.Map.of()));
            }
        }
        seed("001", "001.txt");
        Validator lenient = new Validator(settings, FrameworkCatalog.bundled());
        int code = run(List.of(new ValidateCommand(lenient)), "validate", "001.txt");
        assertThat(code).isZero();
        assertThat(out()).doesNotContain("[错误]").contains("[警告]");
    }

    @Test
    void validateUsage() {
        assertThat(run("validate")).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(run("validate", "a.txt", "--xml")).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(run("validate", "missing.txt")).isEqualTo(Cli.USAGE_OR_IO_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("文件不存在");
    }

    @Test
    void summaryCountsFindingsPerRuleAndSeverityOverTheSeeds() {
        int code = run("summary");
        assertThat(code).isZero();
        assertThat(out())
                .contains("| 规则 | 名称 | 错误 | 警告 | 提示 |")
                .contains("| R01 | 绩效目标占位 | 6 | 0 | 0 |") // the six 002 tables
                .contains("| R07 | 预算数缺失 | 4 | 0 | 0 |") // the four 000 tables
                .contains("| 合计 | 42张表 |");
    }

    @Test
    void summaryInEnglish() {
        assertThat(run("summary", "--lang", "en")).isZero();
        assertThat(out())
                .startsWith("Documents:\n")
                .contains("| Rule | Name | Error | Warning | Hint |")
                .contains("| R01 | Placeholder performance goals | 6 | 0 | 0 |")
                .contains("| Total | 42 tables |");
    }

    @Test
    void rulesDocWritesThePage() throws IOException {
        assertThat(run("rules-doc", "docs/rules.md")).isZero();
        assertThat(Files.readString(dir.resolve("docs/rules.md"))).isEqualTo(RulesReference.markdown());
    }
}
