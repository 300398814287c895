package com.kafkaconnectkraken.sink.config;

import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Accepts a non-empty list of a venue's order types. */
final class OrderTypesValidator implements ConfigDef.Validator {

    private final List<String> known;

    OrderTypesValidator(List<String> known) {
        this.known = List.copyOf(known);
    }

    @Override
    public void ensureValid(String name, Object value) {
        List<?> types = (List<?>) value;
        if (types == null || types.isEmpty()) {
            throw new ConfigException(name, value, "at least one order type is required");
        }
        for (Object type : types) {
            if (!known.contains(type)) {
                throw new ConfigException(name, value, "unknown order type '" + type + "'");
            }
        }
    }

    @Override
    public String toString() {
        return String.join(", ", known);
    }
}
