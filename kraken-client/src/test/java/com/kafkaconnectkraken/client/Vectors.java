package com.kafkaconnectkraken.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the Kraken test vectors: {@code -Dkraken.vectors.dir} (set by the root POM), else the
 * repository's {@code testdata/kraken-vectors} found walking up from the working directory.
 * The system property {@code kraken.vectors.dir} overrides the search.
 */
public final class Vectors {

    private static final Path ROOT = locate();

    private Vectors() {
    }

    /** @return the vectors directory */
    public static Path root() {
        return ROOT;
    }

    /**
     * @param relative path below the vectors directory, e.g. {@code rest/api_sign_docs_example.json}
     * @return the resolved file (asserted to exist)
     */
    public static Path file(String relative) {
        Path p = ROOT.resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("Vector file missing: " + p);
        }
        return p;
    }

    /** @return the file's text (UTF-8) */
    public static String text(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the file parsed with {@link KrakenJson#mapper()} */
    public static JsonNode json(String relative) {
        try {
            return KrakenJson.mapper().readTree(text(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        String override = System.getProperty("kraken.vectors.dir");
        if (override != null && !override.isBlank()) {
            return Paths.get(override).toAbsolutePath();
        }
        Path start = Paths.get("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("testdata").resolve("kraken-vectors");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Kraken test vectors not found: no 'testdata/kraken-vectors' directory in "
                + start + " or any parent. Run from the repository or set "
                + "-Dkraken.vectors.dir=<path>.");
    }
}
