package cn.perftarget.ui.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A caller of the API over real HTTP with one bearer token, as the 一体化 system would be. */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String token;
    private @Nullable OpenApiCheck check;

    ApiClient(int port, @Nullable String token) {
        this.port = port;
        this.token = token;
    }

    /** Every request and answer from now on is checked against the served OpenAPI document. */
    ApiClient checkedBy(OpenApiCheck check) {
        this.check = check;
        return this;
    }

    HttpResponse<byte[]> send(String method, String path, Map<String, String> headers, byte[] body, String type)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body.length == 0 && !"POST".equals(method) && !"PUT".equals(method)
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body.length > 0 || "POST".equals(method) || "PUT".equals(method)) {
            request.header("Content-Type", type);
        }
        headers.forEach(request::header);
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (check != null) {
            Map<String, String> sent = new java.util.LinkedHashMap<>(headers);
            if (token != null) {
                sent.put("Authorization", "Bearer " + token);
            }
            if (body.length > 0 || "POST".equals(method) || "PUT".equals(method)) {
                sent.put("Content-Type", type);
            }
            check.check(method, path, sent, type.startsWith("application/json") ? body : null, response);
        }
        return response;
    }

    HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        return send("GET", path, headers, new byte[0], "application/json");
    }

    HttpResponse<byte[]> get(String path) throws Exception {
        return get(path, Map.of());
    }

    HttpResponse<byte[]> post(String path, Object body, Map<String, String> headers) throws Exception {
        return send("POST", path, headers, JSON.writeValueAsBytes(body), "application/json");
    }

    HttpResponse<byte[]> post(String path, Object body) throws Exception {
        return post(path, body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    HttpResponse<byte[]> put(String path, Object body, Map<String, String> headers) throws Exception {
        return send("PUT", path, headers, JSON.writeValueAsBytes(body), "application/json");
    }

    HttpResponse<byte[]> upload(String path, String fileName, byte[] file, Map<String, String> headers)
            throws Exception {
        String boundary = "----perftarget" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", path, headers, body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    static JsonNode json(HttpResponse<byte[]> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
