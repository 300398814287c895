package com.kafkaconnectkraken.simulator.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The Kraken vectors (the repository's {@code testdata/kraken-vectors}, found walking up, or
 * {@code -Dkraken.vectors.dir}).
 */
public final class ExchangeVectors {

    private static final Path ROOT = locate();

    private ExchangeVectors() {
    }

    /** @return the parsed vector file, e.g. {@code ws-v2-trading/add_order.json} */
    public static JsonNode json(String relative) {
        try {
            return ExchangeJson.mapper().readTree(Files.readString(ROOT.resolve(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a mutable copy of one member of a vector file */
    static ObjectNode frame(String relative, String member) {
        JsonNode node = json(relative).get(member);
        if (node == null || !node.isObject()) {
            throw new IllegalStateException(relative + " has no object member " + member);
        }
        return ((ObjectNode) node).deepCopy();
    }

    private static Path locate() {
        String override = System.getProperty("kraken.vectors.dir");
        if (override != null && !override.isBlank()) {
            return Paths.get(override);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("testdata/kraken-vectors");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("testdata/kraken-vectors not found; set -Dkraken.vectors.dir");
    }
}
