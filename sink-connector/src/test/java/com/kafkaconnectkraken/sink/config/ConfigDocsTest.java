package com.kafkaconnectkraken.sink.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kafkaconnectkraken.connect.CommittedReference;
import com.kafkaconnectkraken.connect.ConfigDocs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code doc/config.md} in sync with the ConfigDef. Regenerate with
 * {@code ./mvnw -o -pl sink-connector test -Dtest=ConfigDocsTest -Dconfig.docs.update=true}.
 */
class ConfigDocsTest {

    private static final Path DOC = Path.of("doc", "config.md");

    @Test
    void everyKeyIsFullyDescribed() {
        assertEquals(List.of(), ConfigDocs.incomplete(KrakenSinkConnectorConfig.configDef()));
    }

    @Test
    void committedReferenceIsCurrent() throws IOException {
        CommittedReference.assertCurrent(DOC, ConfigDocs.markdown("Kraken sink connector configuration",
                "Connect's own sink keys (`topics`, `errors.tolerance`, `errors.deadletterqueue.topic.name`, ...) apply too.",
                KrakenSinkConnectorConfig.configDef()));
    }
}
