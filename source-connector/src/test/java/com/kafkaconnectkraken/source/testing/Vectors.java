package com.kafkaconnectkraken.source.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The Kraken vectors (the repository's {@code testdata/kraken-vectors}, found walking up, or
 * {@code -Dkraken.vectors.dir}), parsed with {@link KrakenJson#mapper()}.
 */
public final class Vectors {

    private static final Path ROOT = locate();

    private Vectors() {
    }

    /** @return the file below the vectors directory, parsed */
    public static JsonNode json(String relative) {
        try {
            return KrakenJson.mapper().readTree(Files.readString(ROOT.resolve(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        String override = System.getProperty("kraken.vectors.dir");
        if (override != null && !override.isBlank()) {
            return Paths.get(override).toAbsolutePath();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("testdata").resolve("kraken-vectors");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("testdata/kraken-vectors not found; set -Dkraken.vectors.dir");
    }
}
