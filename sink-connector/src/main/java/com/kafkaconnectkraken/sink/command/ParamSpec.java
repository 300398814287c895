package com.kafkaconnectkraken.sink.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The parameters one Kraken method (or nested object) accepts: name, type and whether required.
 * Unknown parameters are refused, so a misspelt one (say {@code post_onyl}) never silently drops
 * a safety flag.
 */
final class ParamSpec {

    private final Map<String, ParamType> types = new LinkedHashMap<>();
    private final Set<String> required = new LinkedHashSet<>();

    ParamSpec optional(String name, ParamType type) {
        types.put(name, type);
        return this;
    }

    ParamSpec required(String name, ParamType type) {
        required.add(name);
        return optional(name, type);
    }

    /** @return the accepted parameter names, in definition order */
    Set<String> names() {
        return java.util.Collections.unmodifiableSet(types.keySet());
    }

    /** @return the required parameter names */
    Set<String> requiredNames() {
        return java.util.Collections.unmodifiableSet(required);
    }

    /** @return a copy without the named parameters. */
    ParamSpec without(String... names) {
        ParamSpec copy = new ParamSpec();
        copy.types.putAll(types);
        copy.required.addAll(required);
        for (String name : names) {
            copy.types.remove(name);
            copy.required.remove(name);
        }
        return copy;
    }

    /**
     * @param value an object node; null-valued fields count as absent
     * @return the converted object (Kraken wire form), with absent fields omitted
     * @throws IllegalArgumentException naming the first offending parameter
     */
    ObjectNode check(JsonNode value) {
        if (!value.isObject()) {
            throw new IllegalArgumentException("must be an object");
        }
        ObjectNode out = ParamType.NODES.objectNode();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            if (field.getValue().isNull()) {
                continue;
            }
            ParamType type = types.get(field.getKey());
            if (type == null) {
                throw new IllegalArgumentException("unknown parameter '" + field.getKey() + "'");
            }
            try {
                out.set(field.getKey(), type.convert(field.getValue()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(field.getKey() + ": " + e.getMessage(), e);
            }
        }
        for (String name : required) {
            if (!out.has(name)) {
                throw new IllegalArgumentException(name + " is required");
            }
        }
        return out;
    }
}
