package com.kafkaconnectkraken.cli;

import com.kafkaconnectkraken.registry.RegistryDistribution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are. Built artefacts live under the stack home ({@code kraken-connect-cli/target/stack}); everything a
 * run writes lives under the data directory, kept across runs:
 * <pre>
 * data/config/   server.properties, connect.properties, log4j2.properties
 * data/kafka/    the broker's log.dirs (topics, Connect's config/offset/status topics)
 * data/plugins/  plugin.path: the archives unzipped, ServiceLoader manifests synced
 * data/logs/     one log per process: broker, connect, registry, simulator, simulator-replay, plugin-manifests
 * data/run/      one pid file per process (read by `kraken-connect stop|status`)
 * </pre>
 *
 * @param stackHome the stack home
 * @param dataDir   the data directory
 */
record StackLayout(Path stackHome, Path dataDir) {

    Path lib() {
        return stackHome.resolve("lib");
    }

    Path archives() {
        return stackHome.resolve("archives");
    }

    Path simulatorJar() {
        return stackHome.resolve("simulator").resolve("kraken-simulator-all.jar");
    }

    Path registryHome() {
        return stackHome.resolve("registry");
    }

    Path config() {
        return dataDir.resolve("config");
    }

    Path kafkaData() {
        return dataDir.resolve("kafka");
    }

    Path plugins() {
        return dataDir.resolve("plugins");
    }

    Path logs() {
        return dataDir.resolve("logs");
    }

    Path run() {
        return dataDir.resolve("run");
    }

    Path log(String process) {
        return logs().resolve(process + ".log");
    }

    /** @return {@code <lib>/*}, the class path of the broker, the worker and Kafka's tools */
    String kafkaClasspath() {
        return lib().resolve("*").toString();
    }

    /** @return the java executable running this launcher (children use the same JDK) */
    static Path java() {
        return RegistryDistribution.currentJava();
    }

    /**
     * @return the Apicurio distribution in the registry home, run with this launcher's JDK
     * @throws StackException if it is missing (message: where, and how to build it)
     */
    RegistryDistribution registryDistribution() {
        try {
            return RegistryDistribution.of(registryHome(), java());
        } catch (IllegalStateException e) {
            throw new StackException(e.getMessage() + "; build with ./mvnw -DskipTests install", e);
        }
    }

    /** Creates the data directory's sub-directories. */
    void createDirectories() {
        try {
            for (Path dir : new Path[] {config(), kafkaData(), plugins(), logs(), run()}) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
        }
    }
}
