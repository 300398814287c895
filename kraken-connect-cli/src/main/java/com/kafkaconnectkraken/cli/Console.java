package com.kafkaconnectkraken.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The user-facing progress lines of the stack: {@code [  12.3s] message}, the time counted from the moment the
 * user ran the command ({@code --started-at}, epoch ms, passed by the script) so start-up figures include the
 * launcher's own JVM start. Everything else (Kafka, Connect, registry, simulator) logs to files.
 */
final class Console {

    private final long startedAtMillis;
    private final PrintStream out;

    Console(long startedAtMillis, PrintStream out) {
        this.startedAtMillis = startedAtMillis;
        this.out = out;
    }

    /** @return seconds since the command was run */
    double elapsedSeconds() {
        return (System.currentTimeMillis() - startedAtMillis) / 1000.0;
    }

    /** Prints one progress line. */
    synchronized void say(String format, Object... args) {
        out.printf(Locale.ROOT, "[%6.1fs] %s%n", elapsedSeconds(), String.format(Locale.ROOT, format, args));
        out.flush();
    }

    /** Prints an indented continuation line (no timestamp), e.g. a table row. */
    synchronized void detail(String format, Object... args) {
        out.printf(Locale.ROOT, "          %s%n", String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
