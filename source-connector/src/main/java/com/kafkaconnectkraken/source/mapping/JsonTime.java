package com.kafkaconnectkraken.source.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.apache.kafka.connect.errors.DataException;

/** Reads Kraken REST times (unix seconds, number or numeric text) exactly. */
public final class JsonTime {

    private JsonTime() {
    }

    /**
     * @param value the JSON value, e.g. {@code 1688464484.1787}
     * @param path  field path for the error message
     * @return the seconds with Kraken's scale
     * @throws DataException if absent or not numeric
     */
    public static BigDecimal seconds(JsonNode value, String path) {
        if (value == null || value.isNull()) {
            throw new DataException("Field '" + path + "' is missing");
        }
        return JsonValues.decimal(value, path);
    }
}
