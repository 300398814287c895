package com.kafkaconnectkraken.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.kafkaconnectkraken.registry.RegistryDistribution;
import org.junit.jupiter.api.Test;

class TestRegistryDistributionTest {

    @Test
    void buildRecordsTheUnpackedApicurioDistribution() {
        RegistryDistribution distribution = TestRegistryDistribution.locate();

        assertEquals("apicurio-registry-app-2.6.13.Final-runner.jar", distribution.runnerJar().getFileName().toString());
        assertTrue(Files.isDirectory(distribution.home().resolve("lib")), distribution.home().toString());
    }

    @Test
    void registryJavaIsTheOneTheBuildConfiguredElseTheRunningJvms() {
        String configured = System.getProperty(TestRegistryDistribution.JAVA_PROPERTY);

        RegistryDistribution distribution = TestRegistryDistribution.locate();

        assertEquals(configured == null ? RegistryDistribution.currentJava() : Path.of(configured), distribution.java());
        assertTrue(Files.isExecutable(distribution.java()), distribution.java().toString());
    }
}
