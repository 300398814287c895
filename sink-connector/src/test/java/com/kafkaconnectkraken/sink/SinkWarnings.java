package com.kafkaconnectkraken.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The WARN lines (and VenueLink's INFO lines) the sink's classes logged in this test JVM (log4j2-test.xml writes them to a file). */
final class SinkWarnings {

    private static final Path FILE = Path.of("target", "sink-warnings.log");

    private SinkWarnings() {
    }

    /** @return every logged WARN line containing {@code text} */
    static List<String> containing(String text) {
        return containing("WARN", text);
    }

    /** @return every logged line of {@code level} (WARN; INFO of VenueLink only) containing {@code text} */
    static List<String> containing(String level, String text) {
        try {
            return Files.exists(FILE) ? Files.readAllLines(FILE).stream()
                .filter(l -> l.startsWith(level) && l.contains(text)).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
