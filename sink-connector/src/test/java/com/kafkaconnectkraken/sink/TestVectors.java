package com.kafkaconnectkraken.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the Kraken vectors (the repository's {@code testdata/kraken-vectors}, found walking up, or
 * {@code -Dkraken.vectors.dir}).
 */
public final class TestVectors {

    private TestVectors() {
    }

    /** @return the vector file parsed with exact decimals */
    public static JsonNode json(String relative) {
        try {
            return KrakenJson.mapper().readTree(Files.readString(root().resolve(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        String override = System.getProperty("kraken.vectors.dir");
        if (override != null) {
            return Path.of(override);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("testdata/kraken-vectors");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("testdata/kraken-vectors not found; set -Dkraken.vectors.dir");
    }
}
