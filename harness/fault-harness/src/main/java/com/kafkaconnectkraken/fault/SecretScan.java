package com.kafkaconnectkraken.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scenario 6: counts occurrences of the run's secrets in texts (process logs, records, exception traces). A secret is
 * a literal (the API secret, a WS token, a password) or a shape that would carry one: an {@code API-Sign} header
 * value, a JSON {@code "token"} or {@code "signature"} with a value, a JWT (RFC 7519 compact form: {@code eyJ...}
 * header and payload, then the signature).
 */
final class SecretScan {

    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("API-Sign\\s*[:=]\\s*[A-Za-z0-9+/=]{20,}"),
            Pattern.compile("\"token\"\\s*:\\s*\"[^\"]{8,}\""),
            Pattern.compile("\"signature\"\\s*:\\s*\"[^\"]{8,}\""),
            Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+"));

    private final Map<String, String> literals;
    private final Map<String, Integer> hits = new TreeMap<>();
    private int texts;

    /** @param literals what to find, by a name for the report (values of at least 8 characters) */
    SecretScan(Map<String, String> literals) {
        this.literals = literals;
    }

    /** Scans one text; {@code where} names it in the findings. */
    void scan(String where, String text) {
        if (text == null) {
            return;
        }
        texts++;
        literals.forEach((name, value) -> count(where, name, occurrences(text, value)));
        for (Pattern shape : SHAPES) {
            Matcher m = shape.matcher(text);
            int n = 0;
            while (m.find()) {
                n++;
            }
            count(where, shape.pattern(), n);
        }
    }

    /** Scans every regular file below {@code dir}. */
    void scanFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                scan(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return total occurrences found */
    int total() {
        return hits.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return texts scanned */
    int texts() {
        return texts;
    }

    /** @return occurrences per "where: what" */
    Map<String, Integer> hits() {
        return hits;
    }

    private void count(String where, String what, int n) {
        if (n > 0) {
            hits.merge(where + ": " + what, n, Integer::sum);
        }
    }

    private static int occurrences(String text, String value) {
        int n = 0;
        for (int i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) {
            n++;
        }
        return n;
    }
}
