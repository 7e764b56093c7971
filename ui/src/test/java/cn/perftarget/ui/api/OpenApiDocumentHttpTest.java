package cn.perftarget.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.apiclient.ApiClients;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI 3 document generated from the code: served at /api/openapi.json (with a token, or signed in), every
 * /api/v1 endpoint in it, the bearer scheme, texts in Chinese and English; the Swagger UI only for signed-in users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiClients clients;

    @Autowired
    Accounts accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDocumentDescribesEveryEndpointInBothLanguages() throws Exception {
        ApiClient client = new ApiClient(
                port,
                clients.issuePersonal(accounts.find("shenji").orElseThrow(), Duration.ofDays(1))
                        .token());
        HttpResponse<byte[]> response = client.get(ApiPaths.OPENAPI);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = ApiClient.json(response);
        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText())
                .isEqualTo("bearer");
        Set<String> documented = new HashSet<>();
        document.get("paths").fieldNames().forEachRemaining(documented::add);
        Set<String> served = new HashSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith(ApiPaths.V1))
                        .forEach(served::add));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
        String text = document.toString();
        assertThat(text).contains("绩效目标表", "target table", "Idempotency-Key", "pro_code", "agency_code");
    }

    @Test
    void theSwaggerUiAndTheDocumentWithoutATokenAreForSignedInUsersOnly() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (String path : new String[] {ApiPaths.SWAGGER_UI, "/swagger-ui/index.html", ApiPaths.OPENAPI}) {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElseThrow())
                    .as(path)
                    .endsWith("/login");
        }
    }
}
