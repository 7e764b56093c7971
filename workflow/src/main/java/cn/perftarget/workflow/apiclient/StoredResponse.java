package cn.perftarget.workflow.apiclient;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The first answer to a call with an idempotency key, as a retry gets it again.
 *
 * @param headers the headers that belong to the answer (ETag, Location …), by name
 */
public record StoredResponse(int status, @Nullable String contentType, Map<String, String> headers, byte[] body) {

    public StoredResponse {
        headers = Map.copyOf(headers);
    }

    String headerText() {
        StringBuilder text = new StringBuilder();
        headers.forEach(
                (name, value) -> text.append(name).append(": ").append(value).append('\n'));
        return text.toString();
    }

    static Map<String, String> headers(@Nullable String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return headers;
    }
}
