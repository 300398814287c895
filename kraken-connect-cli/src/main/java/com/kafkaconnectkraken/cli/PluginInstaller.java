package com.kafkaconnectkraken.cli;

import com.kafkaconnectkraken.registry.ChildProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds the worker's {@code plugin.path} from the packaged archives, exactly as a user installs them: each zip
 * unzipped into the plugin directory, then Kafka's {@code ConnectPluginPath sync-manifests} adds ServiceLoader
 * manifests where a plugin lacks them (Apicurio's converter), so {@code plugin.discovery=service_load} finds
 * every plugin. Re-done only when the archives changed since the last run (their names, sizes and times are
 * recorded in {@code plugins/.installed}).
 */
final class PluginInstaller {

    private static final String MARKER = ".installed";

    private final StackLayout layout;

    PluginInstaller(StackLayout layout) {
        this.layout = layout;
    }

    /**
     * @return the names of the plugin directories installed (or already current)
     * @throws StackException if there are no archives, one cannot be unzipped, or sync-manifests fails
     */
    List<String> install() {
        List<Path> archives = archives();
        String fingerprint = fingerprint(archives);
        Path marker = layout.plugins().resolve(MARKER);
        try {
            if (Files.exists(marker) && Files.readString(marker).equals(fingerprint)) {
                return pluginDirectories();
            }
            deleteContents(layout.plugins());
            for (Path archive : archives) {
                unzip(archive, layout.plugins());
            }
            ChildProcess sync = StackProcesses.start(layout, "plugin-manifests", syncCommand(), Map.of());
            StackProcesses.awaitSuccess(sync, Duration.ofSeconds(180));
            Files.writeString(marker, fingerprint);
            return pluginDirectories();
        } catch (IOException e) {
            throw new StackException("Cannot install the plugin archives into " + layout.plugins() + ": " + e.getMessage(), e);
        }
    }

    private List<String> syncCommand() {
        List<String> command = StackProcesses.javaCommand("256m", layout.kafkaClasspath(),
                "org.apache.kafka.tools.ConnectPluginPath",
                "-Dlog4j2.configurationFile=" + layout.config().resolve("log4j2.properties"));
        command.addAll(List.of("sync-manifests", "--plugin-path", layout.plugins().toString()));
        return command;
    }

    private List<Path> archives() {
        List<Path> zips = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(layout.archives(), "*.zip")) {
            dir.forEach(zips::add);
        } catch (IOException e) {
            throw new StackException("No plugin archives in " + layout.archives() + "; build with ./mvnw -DskipTests install", e);
        }
        if (zips.isEmpty()) {
            throw new StackException("No plugin archives in " + layout.archives() + "; build with ./mvnw -DskipTests install");
        }
        zips.sort(Comparator.naturalOrder());
        return zips;
    }

    private static String fingerprint(List<Path> archives) {
        StringBuilder text = new StringBuilder();
        for (Path archive : archives) {
            try {
                text.append(archive.getFileName()).append(' ').append(Files.size(archive)).append(' ')
                        .append(Files.getLastModifiedTime(archive).toMillis()).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text.toString();
    }

    private static void unzip(Path archive, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException(archive + " holds an entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private List<String> pluginDirectories() throws IOException {
        try (Stream<Path> dirs = Files.list(layout.plugins())) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Deletes everything below {@code dir} (not {@code dir} itself). */
    static void deleteContents(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(dir)) {
                    Files.delete(path);
                }
            }
        }
    }
}
