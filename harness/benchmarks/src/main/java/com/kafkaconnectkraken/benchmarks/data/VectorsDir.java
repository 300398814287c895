package com.kafkaconnectkraken.benchmarks.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Finds the Kraken test vectors (docs/protocol/kraken-spot.md §11) for the benchmarks, which replay them as input.
 *
 * <p>The directory is {@code -Dkraken.vectors.dir=<dir>} when set, otherwise the first
 * {@code testdata/kraken-vectors} found walking
 * up from the working directory (so the benchmark jar runs from the repository root, the module
 * directory or any directory below it).
 */
public final class VectorsDir {

    /** System property naming the vectors directory explicitly. */
    public static final String PROPERTY = "kraken.vectors.dir";

    private static final List<Path> RELATIVE = List.of(Paths.get("testdata", "kraken-vectors"));

    private VectorsDir() {
    }

    /**
     * Resolves the vectors directory.
     *
     * @return the existing directory
     * @throws IllegalStateException if the property points nowhere or no ancestor holds the vectors
     */
    public static Path resolve() {
        String explicit = System.getProperty(PROPERTY);
        if (explicit != null) {
            Path dir = Paths.get(explicit);
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + explicit + " is not a directory");
            }
            return dir;
        }
        Path start = Paths.get("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            for (Path relative : RELATIVE) {
                Path candidate = dir.resolve(relative);
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("No " + RELATIVE + " above " + start + "; pass -D" + PROPERTY + "=<dir>");
    }

    /**
     * Reads one vector file with the Kraken mapper (exact decimals).
     *
     * @param relative path inside the vectors directory, e.g. {@code checksum/l3_checksum_docs_example.json}
     * @return the parsed tree
     * @throws UncheckedIOException if the file cannot be read or parsed
     */
    public static JsonNode read(String relative) {
        Path file = resolve().resolve(relative);
        try {
            return KrakenJson.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read vector " + file, e);
        }
    }
}
