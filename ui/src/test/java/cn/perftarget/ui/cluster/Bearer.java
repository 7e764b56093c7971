package cn.perftarget.ui.cluster;

import cn.perftarget.workflow.apiclient.TokenHash;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;

/**
 * A person's calls to {@code /api/v1} with a personal token (docs/api.md). The token is stored as 个人设置 → 管理个人 API
 * 令牌 stores it (its SHA-256 in {@code api_token}), written by the test as the owner role since that screen is Vaadin.
 */
final class Bearer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String token;

    private Bearer(String token) {
        this.token = token;
    }

    /** A personal token of {@code username}, valid for a day. */
    static Bearer issue(Connection owner, String username) throws Exception {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String token =
                TokenHash.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (PreparedStatement st = owner.prepareStatement("""
                insert into api_token (token_hash, user_id, created_by, expires_at)
                select ?, id, username, now() + interval '1 day' from app_user where username = ?""")) {
            st.setString(1, TokenHash.sha256(token));
            st.setString(2, username);
            if (st.executeUpdate() != 1) {
                throw new IllegalStateException("no user " + username);
            }
        }
        return new Bearer(token);
    }

    HttpResponse<String> get(String base, String path) throws Exception {
        return CLIENT.send(request(base, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String base, String path, String json) throws Exception {
        return CLIENT.send(
                request(base, path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET that must answer 200, as JSON. */
    JsonNode json(String base, String path) throws Exception {
        HttpResponse<String> r = get(base, path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private HttpRequest.Builder request(String base, String path) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(60));
    }
}
