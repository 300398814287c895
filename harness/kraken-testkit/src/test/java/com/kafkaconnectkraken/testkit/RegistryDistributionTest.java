package com.kafkaconnectkraken.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryDistributionTest {

    @TempDir
    Path dir;

    @Test
    void findsRunnerJarInHome() throws IOException {
        Path jar = Files.createFile(dir.resolve("apicurio-registry-app-2.6.13.Final-runner.jar"));
        Files.createDirectory(dir.resolve("lib"));

        RegistryDistribution distribution = RegistryDistribution.of(dir, Path.of("java"));

        assertEquals(jar, distribution.runnerJar());
    }

    @Test
    void missingDistributionSaysWhereItLookedAndHowToBuildIt() {
        Path missing = dir.resolve("nothing-here");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RegistryDistribution.of(missing, Path.of("java")));

        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("./mvnw -pl kraken-testkit install"), e.getMessage());
    }

    @Test
    void buildRecordsTheUnpackedApicurioDistribution() {
        RegistryDistribution distribution = RegistryDistribution.locate();

        assertEquals("apicurio-registry-app-2.6.13.Final-runner.jar", distribution.runnerJar().getFileName().toString());
        assertTrue(Files.isDirectory(distribution.home().resolve("lib")), distribution.home().toString());
    }
}
