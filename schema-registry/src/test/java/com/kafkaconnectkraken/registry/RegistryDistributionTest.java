package com.kafkaconnectkraken.registry;

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
        Files.createFile(dir.resolve("apicurio-registry-app-2.6.13.Final.jar"));
        Files.createDirectory(dir.resolve("lib"));

        RegistryDistribution distribution = RegistryDistribution.of(dir, Path.of("java"));

        assertEquals(jar, distribution.runnerJar());
        assertEquals(dir, distribution.home());
        assertEquals(Path.of("java"), distribution.java());
    }

    @Test
    void missingDistributionSaysWhereItLookedAndWhatBelongsThere() {
        Path missing = dir.resolve("nothing-here");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RegistryDistribution.of(missing, Path.of("java")));

        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("io.apicurio:apicurio-registry-app:tar.gz:all"), e.getMessage());
    }

    @Test
    void homeWithoutRunnerJarIsRefused() throws IOException {
        Files.createDirectory(dir.resolve("lib"));

        assertThrows(IllegalStateException.class, () -> RegistryDistribution.of(dir, Path.of("java")));
    }

    @Test
    void currentJavaIsTheRunningJvmsExecutable() {
        Path java = RegistryDistribution.currentJava();

        assertEquals(Path.of(System.getProperty("java.home")), java.getParent().getParent());
        assertTrue(Files.isExecutable(java), java.toString());
    }
}
