package com.kafkaconnectkraken.simulator.market;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes one JSON frame with Jackson's streaming generator. Decimals are written in plain
 * notation with their scale ({@code 0.10000000}, never {@code 1E-7}), as Kraken sends them.
 */
final class FrameWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** Writes the body of a frame. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private FrameWriter() {
    }

    /** @return the JSON text written by {@code body} */
    static String write(Body body) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string failed", e);
        }
        return out.toString();
    }
}
