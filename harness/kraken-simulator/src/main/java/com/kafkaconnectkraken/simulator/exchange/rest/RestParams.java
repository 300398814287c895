package com.kafkaconnectkraken.simulator.exchange.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * REST parameters from a query string, a form-urlencoded body or a JSON body
 * (https://docs.kraken.com/api/docs/guides/spot-rest-auth). JSON values become their text (numbers as
 * written, booleans as {@code true}/{@code false}, arrays comma-joined).
 */
final class RestParams {

    private RestParams() {
    }

    /** @return parameters of a body whose content type is {@code contentType} (may be {@code null}) */
    static Map<String, String> body(String contentType, String body) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return json(body);
        }
        return form(body);
    }

    /** @return parameters of {@code a=1&b=2} (URL-decoded, UTF-8) */
    static Map<String, String> form(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return params;
        }
        try {
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                params.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) {
            throw new KrakenRejection("EGeneral:Invalid arguments");
        }
        return params;
    }

    private static Map<String, String> json(String body) {
        JsonNode root;
        try {
            root = ExchangeJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new KrakenRejection("EGeneral:Invalid arguments");
        }
        if (root == null || !root.isObject()) {
            throw new KrakenRejection("EGeneral:Invalid arguments");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            params.put(e.getKey(), text(e.getValue()));
        }
        return params;
    }

    private static String text(JsonNode v) {
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(e -> parts.add(text(e)));
            return String.join(",", parts);
        }
        if (v.isNumber()) {
            return v.decimalValue().toPlainString();
        }
        return v.asText();
    }

    /** @return a boolean parameter ({@code true}/{@code false}, also {@code 1}/{@code 0}) */
    static boolean flag(Map<String, String> params, String name, boolean defaultValue) {
        String v = params.get(name);
        if (v == null || v.isEmpty()) {
            return defaultValue;
        }
        if ("true".equalsIgnoreCase(v) || "1".equals(v)) {
            return true;
        }
        if ("false".equalsIgnoreCase(v) || "0".equals(v)) {
            return false;
        }
        throw KrakenRejection.invalidArgument(name);
    }

    /** @return a comma-separated list parameter, empty if absent */
    static List<String> list(Map<String, String> params, String name) {
        String v = params.get(name);
        List<String> items = new ArrayList<>();
        if (v != null) {
            for (String item : v.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    /** @return an int parameter or {@code null} if absent */
    static Integer integer(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw KrakenRejection.invalidArgument(name);
        }
    }
}
