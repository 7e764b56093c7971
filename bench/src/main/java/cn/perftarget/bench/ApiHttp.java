package cn.perftarget.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One call to {@code /api/v1} over real HTTP as a plain blocking client makes it: a {@link HttpURLConnection} on a
 * kept-alive connection (reused once the answer is read to the end), a personal bearer token, a fresh
 * {@code Idempotency-Key} on every POST, JSON in and out. Shared by the API benchmark and the deadline-day load.
 */
public final class ApiHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: its status, its {@code ETag} (if any) and its body. */
    public record Answer(int status, @Nullable String etag, byte[] body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + text(), e);
            }
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The ETag's version ({@code "3"} → 3). */
        public int version() {
            if (etag == null) {
                throw new IllegalStateException("no ETag in the answer");
            }
            return Integer.parseInt(etag.replace("W/", "").replace("\"", "").strip());
        }
    }

    private final String base;

    public ApiHttp(int port) {
        this.base = "http://localhost:" + port + "/api/v1";
    }

    /**
     * Sends one call and reads its answer to the end, whatever its status.
     *
     * @param ifMatch the {@code If-Match} header of a draft update, or null
     */
    public Answer send(String token, String method, String path, @Nullable String body, @Nullable String ifMatch)
            throws IOException {
        HttpURLConnection c =
                (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(10_000);
        c.setReadTimeout(60_000);
        c.setRequestProperty("Authorization", "Bearer " + token);
        c.setRequestProperty("Accept", "application/json");
        c.setRequestProperty("Accept-Language", "zh-CN");
        if (ifMatch != null) {
            c.setRequestProperty("If-Match", ifMatch);
        }
        if ("POST".equals(method)) {
            c.setRequestProperty("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (body != null || "POST".equals(method)) {
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                c.setRequestProperty("Content-Type", "application/json");
            }
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = c.getResponseCode();
        byte[] answer;
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            answer = in == null ? new byte[0] : in.readAllBytes();
        }
        return new Answer(status, c.getHeaderField("ETag"), answer);
    }
}
