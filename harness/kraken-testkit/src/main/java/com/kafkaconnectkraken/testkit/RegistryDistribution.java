package com.kafkaconnectkraken.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the Apicurio Registry distribution (the {@code io.apicurio:apicurio-registry-app:tar.gz:all}
 * archive from Maven Central) is unpacked, and which Java runs it.
 *
 * <p>The kraken-testkit build unpacks the archive into {@code kraken-testkit/target/apicurio-registry-<version>/}
 * and records that path in the classpath resource {@code com/kafkaconnectkraken/testkit/registry.properties},
 * so every module that depends on the testkit finds it. Overrides (system properties):
 * <ul>
 *   <li>{@code kraken.registry.home}: a directory holding {@code *-runner.jar} and {@code lib/};</li>
 *   <li>{@code kraken.registry.java}: the {@code java} executable (default: the running JVM's).
 *       Apicurio 2.6.x needs Java 17+.</li>
 * </ul>
 *
 * @param home      the unpacked distribution directory
 * @param runnerJar the Quarkus runner jar inside {@code home}
 * @param java      the java executable used to start it
 */
public record RegistryDistribution(Path home, Path runnerJar, Path java) {

    /** System property overriding the distribution directory. */
    public static final String HOME_PROPERTY = "kraken.registry.home";
    /** System property overriding the java executable. */
    public static final String JAVA_PROPERTY = "kraken.registry.java";

    private static final String RESOURCE = "registry.properties";

    /**
     * Locates the distribution from the system properties, else from the path the testkit build recorded.
     *
     * @return the located distribution
     * @throws IllegalStateException if the directory or its runner jar does not exist; the message says
     *                               where it looked and how to create it
     */
    public static RegistryDistribution locate() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank()) {
            home = builtHome();
        }
        return of(Path.of(home), javaExecutable());
    }

    /**
     * Uses an explicit distribution directory.
     *
     * @param home directory holding the Apicurio {@code *-runner.jar}
     * @param java java executable to run it with
     * @return the distribution
     * @throws IllegalStateException if {@code home} holds no runner jar
     */
    public static RegistryDistribution of(Path home, Path java) {
        return new RegistryDistribution(home, findRunnerJar(home), java);
    }

    private static String builtHome() {
        Properties props = new Properties();
        try (InputStream in = RegistryDistribution.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE + " of kraken-testkit; set -D"
                        + HOME_PROPERTY + "=<unpacked apicurio-registry-app dir>");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return props.getProperty("registry.home");
    }

    private static Path javaExecutable() {
        String java = System.getProperty(JAVA_PROPERTY);
        if (java != null && !java.isBlank()) {
            return Path.of(java);
        }
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static Path findRunnerJar(Path home) {
        if (Files.isDirectory(home)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(home, "*-runner.jar")) {
                for (Path jar : jars) {
                    return jar;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + home, e);
            }
        }
        throw new IllegalStateException("No Apicurio registry runner jar in " + home.toAbsolutePath()
                + "; build the testkit first (./mvnw -pl kraken-testkit install) or set -D" + HOME_PROPERTY);
    }
}
