package com.kafkaconnectkraken.sink.config;

import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Accepts a non-empty list of Kraken order types. */
final class OrderTypesValidator implements ConfigDef.Validator {

    @Override
    public void ensureValid(String name, Object value) {
        List<?> types = (List<?>) value;
        if (types == null || types.isEmpty()) {
            throw new ConfigException(name, value, "at least one order type is required");
        }
        for (Object type : types) {
            if (!KrakenSinkConnectorConfig.ORDER_TYPES.contains(type)) {
                throw new ConfigException(name, value, "unknown order type '" + type + "'");
            }
        }
    }

    @Override
    public String toString() {
        return String.join(", ", KrakenSinkConnectorConfig.ORDER_TYPES);
    }
}
