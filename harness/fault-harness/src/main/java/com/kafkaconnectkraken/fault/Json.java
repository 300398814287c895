package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads a schemaless JSON record value (JsonConverter, {@code schemas.enable=false}). */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /**
     * @return the value as a tree
     * @throws UncheckedIOException if it is not JSON
     */
    static JsonNode parse(String value) {
        try {
            return MAPPER.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON record: " + value, e);
        }
    }
}
