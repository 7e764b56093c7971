package cn.perftarget.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.apiclient.ApiClients;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The served OpenAPI document passes Redocly CLI's {@code recommended} rules, warnings included (version pinned in
 * ui/api-lint/package.json, rules in ui/api-lint/redocly.yaml). Needs Node.js 20+ with npm on the PATH, like the BPMN
 * lint; installs the CLI with {@code npm ci} when ui/api-lint/node_modules is missing. The document is kept as
 * ui/target/openapi.json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiLintHttpTest {

    private static final Path LINT = moduleDirectory().resolve("api-lint");

    @LocalServerPort
    int port;

    @Autowired
    ApiClients clients;

    @Autowired
    Accounts accounts;

    @Test
    void theServedDocumentPassesTheRecommendedRules() throws Exception {
        HttpResponse<byte[]> response = new ApiClient(
                        port,
                        clients.issuePersonal(accounts.find("shenji").orElseThrow(), Duration.ofDays(1))
                                .token())
                .get(ApiPaths.OPENAPI);
        assertThat(response.statusCode()).isEqualTo(200);
        Path document = moduleDirectory().resolve("target/openapi.json");
        Files.createDirectories(document.getParent());
        Files.write(document, response.body());

        if (!Files.isRegularFile(LINT.resolve("node_modules/@redocly/cli/package.json"))) {
            NodeCommand.Result install = NodeCommand.run(LINT, Duration.ofMinutes(5), "npm", "ci");
            assertThat(install.exitCode())
                    .as("npm ci in " + LINT + "\n" + install.output())
                    .isZero();
        }
        NodeCommand.Result lint = NodeCommand.run(
                LINT,
                Duration.ofMinutes(2),
                "npx",
                "redocly",
                "lint",
                "--max-problems=200",
                document.toAbsolutePath().toString());
        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(lint.output())
                .as(lint.output())
                .contains("Your API description is valid")
                .doesNotContainPattern("You have \\d+ warning");
    }

    /** ui/ when the tests run from Maven (working directory = module), also when started from the repo root. */
    private static Path moduleDirectory() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("api-lint")) ? here : here.resolve("ui");
    }
}
