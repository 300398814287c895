package com.kafkaconnectkraken.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * A built plugin archive read into memory: entry name (without the archive's base directory) to bytes.
 * Archives are a few MB, so reading them whole keeps the assertions simple.
 */
final class PluginArchive {

    private final Path file;
    private final String baseDirectory;
    private final TreeMap<String, byte[]> entries;

    private PluginArchive(Path file, String baseDirectory, TreeMap<String, byte[]> entries) {
        this.file = file;
        this.baseDirectory = baseDirectory;
        this.entries = entries;
    }

    /**
     * @param name archive name prefix, e.g. {@code kafka-connect-kraken-source}
     * @return the archive {@code <kraken.archives.dir>/<name>-plugin-<version>-plugin.zip}
     */
    static PluginArchive open(String name) {
        Path dir = Path.of(System.getProperty("kraken.archives.dir"));
        Path file = dir.resolve(name + "-plugin-" + version() + "-plugin.zip");
        TreeMap<String, byte[]> entries = new TreeMap<>();
        List<String> roots = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String root = entry.getName().substring(0, entry.getName().indexOf('/') + 1);
                if (!roots.contains(root)) {
                    roots.add(root);
                }
                if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        entries.put(entry.getName().substring(root.length()), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (roots.size() != 1) {
            throw new AssertionError(file + " must hold exactly one base directory, has " + roots);
        }
        return new PluginArchive(file, roots.get(0), entries);
    }

    static String version() {
        return System.getProperty("kraken.version");
    }

    Path file() {
        return file;
    }

    /** @return the single top-level directory, with trailing slash */
    String baseDirectory() {
        return baseDirectory;
    }

    /** @return entry names below the base directory, sorted */
    List<String> names() {
        return List.copyOf(entries.keySet());
    }

    /** @return file names directly in {@code dir/} (e.g. {@code lib}) */
    List<String> namesIn(String dir) {
        return entries.keySet().stream().filter(n -> n.startsWith(dir + "/"))
                .map(n -> n.substring(dir.length() + 1)).toList();
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    String text(String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new AssertionError(file.getFileName() + " has no " + name + "; it has " + names());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * @param jar a jar entry, e.g. {@code lib/x.jar}
     * @return the jar's own entry names
     */
    List<String> jarEntries(String jar) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(entries.get(jar)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar + " in " + file, e);
        }
        return names;
    }

    /** @return the text of one entry of a jar inside the archive */
    String jarText(String jar, String entry) {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(entries.get(jar)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar + " in " + file, e);
        }
        throw new AssertionError(jar + " has no " + entry);
    }
}
