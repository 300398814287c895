package com.kafkaconnectkraken.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What both venues' command builders share: the envelope {@code {"method", "req_id", <params field>}}, the checks
 * that a method got the flags it needs and none it does not take, and putting flag values into params (absent flags
 * leave their parameter out; decimals stay text).
 */
final class CommandJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CommandJson() {
    }

    /**
     * @param method     the method's wire name
     * @param reqId      the command's req_id (echoed in its acknowledgement)
     * @param paramField where the params go ({@code add_order} for Kraken Spot, {@code params} for Trader); null: none
     * @param params     the params
     * @return the command
     */
    static ObjectNode envelope(String method, long reqId, String paramField, ObjectNode params) {
        ObjectNode command = NODES.objectNode();
        command.put("method", method);
        command.put("req_id", reqId);
        if (paramField != null) {
            command.set(paramField, params);
        }
        return command;
    }

    /**
     * @param method  the method
     * @param used    the flags given on the command line
     * @param accepts the flags the method takes (besides {@code --param})
     * @throws IllegalArgumentException naming the first flag the method does not take
     */
    static void checkFlags(String method, Set<String> used, Set<String> accepts) {
        for (String flag : used) {
            if (!accepts.contains(flag)) {
                throw new IllegalArgumentException(method + " does not take " + flag + " (it takes: "
                        + (accepts.isEmpty() ? "none" : String.join(" ", accepts.stream().sorted().toList())) + ")");
            }
        }
    }

    /** @throws IllegalArgumentException when the flag's value is missing */
    static String required(String value, String flag, String method) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(method + " needs " + flag);
        }
        return value;
    }

    /** Puts a text value unless it is null. */
    static void put(ObjectNode params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    /** Puts {@code true} when the flag was given. */
    static void flag(ObjectNode params, String name, boolean given) {
        if (given) {
            params.put(name, true);
        }
    }

    /** @return the only value of a repeatable flag, or null; @throws IllegalArgumentException if repeated */
    static <T> T single(List<T> values, String flag, String method) {
        if (values.size() > 1) {
            throw new IllegalArgumentException(method + " takes one " + flag + ", got " + values.size());
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /**
     * Adds the {@code --param NAME=VALUE} pairs: {@code true}/{@code false}, integers and {@code {...}}/{@code [...]}
     * as JSON, anything else (decimals included) as text.
     *
     * @throws IllegalArgumentException when a name is already set by a flag, or a {...}/[...] value is not JSON
     */
    static void extra(ObjectNode params, Map<String, String> extra) {
        for (Map.Entry<String, String> pair : extra.entrySet()) {
            if (params.has(pair.getKey())) {
                throw new IllegalArgumentException("--param " + pair.getKey() + " is already set by a flag");
            }
            params.set(pair.getKey(), value(pair.getValue()));
        }
    }

    private static JsonNode value(String text) {
        if (text.equals("true") || text.equals("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        if (text.matches("-?\\d{1,18}")) {
            return NODES.numberNode(Long.parseLong(text));
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                return JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("--param value is not JSON: " + text, e);
            }
        }
        return NODES.textNode(text);
    }
}
