package cn.perftarget.domain.i18n;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Message} as JSON, to be stored (e.g. a notification, rendered later in its reader's language) or sent:
 * {@code {"key": "notify.reminder", "args": ["…", 3, {"key": "status.DRAFTING", "args": []}]}}. Text arguments stay
 * text, numbers stay numbers, a {@link Labelled} value or a nested message becomes a nested message.
 */
public final class MessageJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageJson() {}

    public static String write(Message message) {
        try {
            return JSON.writeValueAsString(node(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("message cannot be written as JSON: " + message.key(), e);
        }
    }

    public static Message read(String json) {
        try {
            return message(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a message in JSON: " + json, e);
        }
    }

    /** The message as a JSON tree (for documents that embed it). */
    public static ObjectNode node(Message message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", message.key());
        ArrayNode args = node.putArray("args");
        for (Object arg : message.args()) {
            if (arg == null) {
                args.addNull();
            } else if (arg instanceof Message m) {
                args.add(node(m));
            } else if (arg instanceof Labelled l) {
                args.add(node(l.label()));
            } else if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
                args.add(((Number) arg).longValue());
            } else if (arg instanceof Number n) {
                args.add(new java.math.BigDecimal(n.toString()));
            } else {
                args.add(arg.toString());
            }
        }
        return node;
    }

    private static Message message(JsonNode node) {
        if (node == null || !node.hasNonNull("key")) {
            throw new IllegalArgumentException("a message needs a key");
        }
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : node.path("args")) {
            if (arg.isNull()) {
                args.add(null);
            } else if (arg.isObject()) {
                args.add(message(arg));
            } else if (arg.isIntegralNumber()) {
                args.add(arg.longValue());
            } else if (arg.isNumber()) {
                args.add(arg.decimalValue());
            } else {
                args.add(arg.asText());
            }
        }
        return new Message(node.get("key").asText(), args);
    }
}
