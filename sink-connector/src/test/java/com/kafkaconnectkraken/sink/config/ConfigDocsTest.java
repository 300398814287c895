package com.kafkaconnectkraken.sink.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.junit.jupiter.api.Test;

class ConfigDocsTest {

    private static final Path DOC = Path.of(System.getProperty("sink.basedir", "."), "doc", "sink-config.md");

    @Test
    void everyKeyIsDocumentedWithGroupAndDisplayName() {
        for (ConfigKey key : KrakenSinkConnectorConfig.configDef().configKeys().values()) {
            assertFalse(key.documentation == null || key.documentation.isBlank(), key.name + " has no doc");
            assertNotNull(key.group, key.name + " has no group");
            assertFalse(key.displayName == null || key.displayName.equals(key.name), key.name + " has no display name");
        }
    }

    @Test
    void committedReferenceIsCurrent() throws IOException {
        String expected = ConfigDocs.markdown(KrakenSinkConnectorConfig.configDef());
        String committed = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertEquals(expected, committed, DOC + " is stale: regenerate it with ConfigDocs.main(\"" + DOC + "\")");
    }
}
