package com.kafkaconnectkraken.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The repository's {@code testdata/kraken-vectors} must stay a verbatim copy of the team's
 * {@code shared/kraken/vectors} whenever that directory is beside the checkout (it is in CI).
 */
class VectorsCopyTest {

    @Test
    void repositoryCopyMatchesSharedVectorsFileByFile() throws IOException {
        Optional<Path> shared = sharedVectors();
        Assumptions.assumeTrue(shared.isPresent(), "no shared/kraken/vectors beside this checkout");
        List<Path> expected = relativeFiles(shared.get());
        assertEquals(expected, relativeFiles(Vectors.root()), "file list differs from " + shared.get());
        for (Path relative : expected) {
            assertTrue(Files.mismatch(shared.get().resolve(relative), Vectors.root().resolve(relative)) < 0,
                    relative + " differs from " + shared.get() + "; refresh testdata/kraken-vectors (testdata/README.md)");
        }
    }

    private static Optional<Path> sharedVectors() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/kraken/vectors");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
