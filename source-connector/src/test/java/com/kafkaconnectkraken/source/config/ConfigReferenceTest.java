package com.kafkaconnectkraken.source.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code doc/config.md} in sync with the ConfigDef. Regenerate with
 * {@code ./mvnw -o -pl source-connector test -Dtest=ConfigReferenceTest -Dconfig.docs.update=true}.
 */
class ConfigReferenceTest {

    private static final Path DOC = Path.of("doc", "config.md");

    @Test
    void everyKeyIsFullyDescribed() {
        for (ConfigDef.ConfigKey key : KrakenSourceConnectorConfig.configDef().configKeys().values()) {
            assertFalse(key.documentation == null || key.documentation.isBlank(), key.name + " has no doc");
            assertNotNull(key.group, key.name + " has no group");
            assertTrue(key.orderInGroup > 0, key.name + " has no order");
            assertNotNull(key.width, key.name + " has no width");
            assertFalse(key.displayName == null || key.displayName.equals(key.name), key.name + " has no display name");
        }
    }

    @Test
    void committedReferenceIsCurrent() throws IOException {
        String expected = ConfigDocs.markdown("Kraken source connector configuration", KrakenSourceConnectorConfig.configDef());
        if (Boolean.getBoolean("config.docs.update")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOC), DOC + " missing; run with -Dconfig.docs.update=true");
        assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8),
                DOC + " is stale; run with -Dconfig.docs.update=true");
    }
}
