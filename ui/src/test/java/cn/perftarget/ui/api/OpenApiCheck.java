package cn.perftarget.ui.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks requests and answers against the OpenAPI document the server serves (Atlassian's swagger-request-validator):
 * paths, methods, parameters, request bodies, status codes, answer bodies and their media types.
 */
final class OpenApiCheck {

    private final OpenApiInteractionValidator validator;
    private final List<String> problems = new ArrayList<>();
    private int checked;

    OpenApiCheck(String document) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .build();
    }

    synchronized void check(
            String method,
            String pathAndQuery,
            Map<String, String> headers,
            byte @Nullable [] body,
            HttpResponse<byte[]> response) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), path);
        if (q >= 0) {
            for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                request.withQueryParam(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        headers.forEach(request::withHeader);
        if (body != null && body.length > 0) {
            request.withBody(new String(body, StandardCharsets.UTF_8));
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        if (!type.isEmpty()) {
            answer.withContentType(type);
        }
        if (type.contains("json")) {
            answer.withBody(new String(response.body(), StandardCharsets.UTF_8));
        }
        ValidationReport report = validator.validate(request.build(), answer.build());
        checked++;
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR) {
                problems.add(method + " " + pathAndQuery + " → " + response.statusCode() + ": " + m.getKey() + " "
                        + m.getMessage());
            }
        }
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    synchronized int checked() {
        return checked;
    }
}
