package com.kafkaconnectkraken.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An unpacked Apicurio Registry distribution (Maven Central {@code io.apicurio:apicurio-registry-app:<version>:tar.gz:all}:
 * a Quarkus {@code *-runner.jar} next to its {@code lib/}) and the Java that runs it. Apicurio 2.6.x runs on Java 17+.
 *
 * @param home      the unpacked distribution directory
 * @param runnerJar the Quarkus runner jar inside {@code home}
 * @param java      the java executable that runs it
 */
public record RegistryDistribution(Path home, Path runnerJar, Path java) {

    /**
     * @param home directory holding the Apicurio {@code *-runner.jar}
     * @param java java executable to run it with
     * @return the distribution
     * @throws IllegalStateException if {@code home} holds no runner jar; the message names the directory and the
     *                               archive expected there
     */
    public static RegistryDistribution of(Path home, Path java) {
        return new RegistryDistribution(home, findRunnerJar(home), java);
    }

    /** @return the java executable of the running JVM */
    public static Path currentJava() {
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
        throw new IllegalStateException("No Apicurio registry runner jar (*-runner.jar) in " + home.toAbsolutePath()
                + "; it is where the build unpacks io.apicurio:apicurio-registry-app:tar.gz:all");
    }
}
