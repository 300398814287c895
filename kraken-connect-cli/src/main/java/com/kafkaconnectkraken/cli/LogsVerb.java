package com.kafkaconnectkraken.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kraken-connect logs [NAME] [-n N] [-f]}: prints the last lines of one of the stack's logs
 * ({@code <data>/logs/NAME.log}) and exits; with {@code --follow} keeps printing what is appended (a log that is
 * truncated or replaced, as by a new run, is read again from its start) until Ctrl-C. Exit status 1 when there is no
 * such log (the message lists the logs there are).
 */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "Print the last lines of a log and exit; --follow keeps printing it as it grows (Ctrl-C ends).")
final class LogsVerb implements Callable<Integer> {

    @Mixin
    StackLocation location;

    @Parameters(index = "0", arity = "0..1", defaultValue = "stack", paramLabel = "NAME",
            description = "stack (the launcher's progress, default), broker, connect, registry, simulator,"
                    + " simulator-replay, plugin-manifests")
    String name;

    @Option(names = {"-n", "--lines"}, defaultValue = "40", paramLabel = "N", description = "Lines shown first (default: ${DEFAULT-VALUE})")
    int lines;

    @Option(names = {"-f", "--follow"}, description = "Keep printing lines as they are appended")
    boolean follow;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        StackLayout layout = new StackLayout(location.options().stackHome(), location.options().dataDir());
        Path file = layout.log(name);
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().printf("kraken-connect: no log %s (logs: %s)%n", file, available(layout.logs()));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        long position = printLast(file, out);
        while (follow) {
            Thread.sleep(250);
            position = printFrom(file, position, out);
        }
        return 0;
    }

    /** @return the file's length once its last {@link #lines} lines are printed */
    private long printLast(Path file, PrintWriter out) throws IOException {
        Deque<String> last = new ArrayDeque<>();
        long length = Files.size(file);
        try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                last.addLast(line);
                if (last.size() > lines) {
                    last.removeFirst();
                }
            });
        }
        last.forEach(out::println);
        out.flush();
        return length;
    }

    /** Prints what was appended after {@code position}; a shorter file (truncated, replaced) is read from 0. */
    private static long printFrom(Path file, long position, PrintWriter out) throws IOException {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long from = raf.length() < position ? 0 : position;
            byte[] fresh = new byte[(int) Math.min(raf.length() - from, 1 << 20)];
            raf.seek(from);
            raf.readFully(fresh);
            out.print(new String(fresh, StandardCharsets.UTF_8));
            out.flush();
            return from + fresh.length;
        }
    }

    private static String available(Path logs) throws IOException {
        if (!Files.isDirectory(logs)) {
            return "none yet";
        }
        try (Stream<Path> files = Files.list(logs)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".log"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
            return String.join(" ", names);
        }
    }
}
