package com.kafkaconnectkraken.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test support (shipped in this module's test-jar): fails a connector's build when its committed
 * config reference differs from what {@link ConfigDocs#markdown} renders now. Run the test with
 * {@code -Dconfig.docs.update=true} to rewrite the file instead.
 */
public final class CommittedReference {

    /** System property that makes {@link #assertCurrent} rewrite the file first. */
    public static final String UPDATE_PROPERTY = "config.docs.update";

    private CommittedReference() {
    }

    /**
     * @param file     the committed Markdown file, e.g. {@code doc/config.md}
     * @param markdown the reference as rendered from the current {@code ConfigDef}
     * @throws IOException if the file cannot be read or (when updating) written
     */
    public static void assertCurrent(Path file, String markdown) throws IOException {
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), file + " missing; run the test with -D" + UPDATE_PROPERTY + "=true");
        assertEquals(markdown, Files.readString(file, StandardCharsets.UTF_8),
                file + " is stale; run the test with -D" + UPDATE_PROPERTY + "=true");
    }
}
