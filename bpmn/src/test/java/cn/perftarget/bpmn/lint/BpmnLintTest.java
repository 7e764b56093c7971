package cn.perftarget.bpmn.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every BPMN model passes the {@code recommended} rules of bpmnlint (version pinned in bpmn/lint/package.json,
 * rules in bpmn/lint/.bpmnlintrc), warnings included. Needs Node.js 20+ with npm on the PATH; installs
 * bpmnlint with {@code npm ci} when bpmn/lint/node_modules is missing.
 */
class BpmnLintTest {

    private static final Path MODULE = moduleDirectory();
    private static final Path LINT = MODULE.resolve("lint");
    private static final Path MODELS = MODULE.resolve("src/main/resources/bpmn");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration LINT_TIMEOUT = Duration.ofMinutes(1);

    @BeforeAll
    static void installBpmnlint() {
        try {
            NodeCommand.Result version = NodeCommand.run(LINT, LINT_TIMEOUT, "npm", "--version");
            assertThat(version.exitCode())
                    .as("npm --version\n" + version.output())
                    .isZero();
        } catch (NodeCommand.NotInstalled e) {
            fail(
                    "npm was not found on the PATH. The BPMN lint test needs Node.js 20 or newer with npm "
                            + "(it runs `npm ci` and `npx bpmnlint` in " + LINT + ").",
                    e);
        }
        if (!Files.isRegularFile(LINT.resolve("node_modules/bpmnlint/package.json"))) {
            NodeCommand.Result install = NodeCommand.run(LINT, INSTALL_TIMEOUT, "npm", "ci");
            assertThat(install.exitCode())
                    .as("npm ci in " + LINT + "\n" + install.output())
                    .isZero();
        }
    }

    static Stream<Path> models() {
        try (Stream<Path> files = Files.list(MODELS)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".bpmn")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theModelPassesTheRecommendedRules(Path model) {
        NodeCommand.Result lint = lint(model);

        assertThat(lint.exitCode())
                .as("bpmnlint %s\n%s", model.getFileName(), lint.output())
                .isZero();
        assertThat(lint.output()).as("bpmnlint %s", model.getFileName()).doesNotContain("problem");
    }

    @Test
    void aModelThatBreaksARuleFailsTheLint() {
        Path broken = MODULE.resolve("src/test/resources/lint/unnamed-task.bpmn");

        NodeCommand.Result lint = lint(broken);

        assertThat(lint.exitCode()).as(lint.output()).isNotZero();
        assertThat(lint.output()).contains("label-required", "draftTable");
    }

    private static NodeCommand.Result lint(Path model) {
        return NodeCommand.run(
                LINT,
                LINT_TIMEOUT,
                "npx",
                "bpmnlint",
                "--max-warnings=0",
                model.toAbsolutePath().toString());
    }

    /** bpmn/ when the tests run from Maven (working directory = module), also when started from the repo root. */
    private static Path moduleDirectory() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("lint")) ? here : here.resolve("bpmn");
    }
}
