package com.kafkaconnectkraken.sink.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.spot.protocol.ClOrdIds;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Checks one parameter value and converts it to its Kraken wire form. Implementations throw
 * {@link IllegalArgumentException} with a reason naming what is expected.
 */
@FunctionalInterface
interface ParamType {

    JsonNode convert(JsonNode value);

    /** Node factory of {@link KrakenJson#mapper()}: decimals keep their exact scale (trailing zeros). */
    JsonNodeFactory NODES = KrakenJson.mapper().getNodeFactory();

    /** Any string. */
    ParamType TEXT = v -> {
        if (!v.isTextual()) {
            throw new IllegalArgumentException("must be a string");
        }
        return v;
    };

    /** A decimal given as a string or an exact number (never a binary floating-point number). */
    ParamType DECIMAL = v -> {
        if (v.isTextual()) {
            try {
                return NODES.numberNode(new BigDecimal(v.textValue().trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a decimal, got '" + v.textValue() + "'", e);
            }
        }
        if (v.isBigDecimal() || v.isIntegralNumber()) {
            return NODES.numberNode(v.decimalValue());
        }
        throw new IllegalArgumentException("must be a decimal string such as \"26500.4\" "
            + "(a floating-point number cannot carry an exact price or quantity)");
    };

    /** A boolean. */
    ParamType BOOLEAN = v -> {
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("must be a boolean");
        }
        return v;
    };

    /** A 32-bit signed integer. */
    ParamType INT32 = v -> {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("must be a 32-bit integer");
        }
        return NODES.numberNode(v.intValue());
    };

    /** An RFC3339 timestamp string, passed through unchanged. */
    ParamType TIMESTAMP = v -> {
        TEXT.convert(v);
        try {
            OffsetDateTime.parse(v.textValue());
            return v;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an RFC3339 timestamp such as 2024-07-21T09:53:59.050Z", e);
        }
    };

    /** A cl_ord_id in one of Kraken's formats. */
    ParamType CL_ORD_ID = v -> {
        TEXT.convert(v);
        if (!ClOrdIds.isValid(v.textValue())) {
            throw new IllegalArgumentException("must be a UUID, 32 hex digits or at most 18 ASCII characters");
        }
        return v;
    };

    /** @return a type accepting one of the given strings. */
    static ParamType oneOf(Set<String> values) {
        return v -> {
            if (!v.isTextual() || !values.contains(v.textValue())) {
                throw new IllegalArgumentException("must be one of " + values.stream().sorted().toList());
            }
            return v;
        };
    }

    /** @return a type accepting a non-empty array whose items are of {@code item}. */
    static ParamType arrayOf(ParamType item) {
        return v -> {
            if (!v.isArray() || v.isEmpty()) {
                throw new IllegalArgumentException("must be a non-empty array");
            }
            ArrayNode out = NODES.arrayNode();
            for (JsonNode element : v) {
                out.add(item.convert(element));
            }
            return out;
        };
    }

    /** @return a type accepting an object that follows {@code spec}. */
    static ParamType object(ParamSpec spec) {
        return spec::check;
    }
}
