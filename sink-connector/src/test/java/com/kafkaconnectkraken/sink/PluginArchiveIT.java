package com.kafkaconnectkraken.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.kafka.connect.sink.SinkConnector;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the packaged plugin archive: unzipped like into a {@code plugin.path} directory,
 * its {@code lib/} loaded in an isolated class loader that only shares Kafka and SLF4J with the
 * host (as Connect's plugin isolation does), the connector is found through ServiceLoader.
 */
class PluginArchiveIT {

    /** Loads only Kafka and SLF4J classes from the host, everything else must come from the plugin. */
    private static final class HostApiLoader extends ClassLoader {
        HostApiLoader() {
            super(ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.apache.kafka.") || name.startsWith("org.slf4j.")) {
                return PluginArchiveIT.class.getClassLoader().loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void archiveHoldsAnIsolatedLoadableConnector() throws Exception {
        Path zip;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            zip = files.filter(p -> p.getFileName().toString().endsWith("-plugin.zip")).findFirst().orElseThrow();
        }
        Path dir = Files.createTempDirectory(Path.of("target"), "plugin-path");
        unzip(zip, dir);
        Path root;
        try (Stream<Path> roots = Files.list(dir)) {
            root = roots.findFirst().orElseThrow();
        }
        assertTrue(Files.exists(root.resolve("manifest.json")));
        assertTrue(Files.exists(root.resolve("doc/sink-config.md")));
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> libs = Files.list(root.resolve("lib"))) {
            for (Path jar : libs.toList()) {
                assertFalse(jar.getFileName().toString().startsWith("kafka-clients"), "Kafka jars must not be shipped");
                assertFalse(jar.getFileName().toString().startsWith("connect-"), "Connect jars must not be shipped");
                jars.add(jar.toUri().toURL());
            }
        }
        try (URLClassLoader plugin = new URLClassLoader(jars.toArray(URL[]::new), new HostApiLoader())) {
            SinkConnector connector = ServiceLoader.load(SinkConnector.class, plugin).findFirst().orElseThrow();
            assertEquals("com.kafkaconnectkraken.sink.KrakenSinkConnector", connector.getClass().getName());
            assertSame(plugin, connector.getClass().getClassLoader());
            assertEquals(System.getProperty("project.version", connector.version()), connector.version());
            assertFalse(connector.version().isBlank());
            assertTrue(connector.config().configKeys().containsKey("reply.topic"));
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(z, target);
                }
            }
        }
    }
}
