package com.kafkaconnectkraken.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluginVersionTest {

    @Test
    void readsTheVersionPropertyOfTheArtifactsFile() {
        // src/test/resources/kraken-test-plugin-version.properties holds version=1.2.3-TEST
        assertEquals("1.2.3-TEST", PluginVersion.of(PluginVersionTest.class, "kraken-test-plugin"));
    }

    @Test
    void missingFileOrPropertyIsUnknown() {
        assertEquals("unknown", PluginVersion.of(PluginVersionTest.class, "no-such-artifact"));
        // src/test/resources/kraken-empty-plugin-version.properties has no version property
        assertEquals("unknown", PluginVersion.of(PluginVersionTest.class, "kraken-empty-plugin"));
    }
}
