package com.kafkaconnectkraken.source.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kafkaconnectkraken.connect.CommittedReference;
import com.kafkaconnectkraken.connect.ConfigDocs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code doc/config.md} (Spot), {@code doc/futures-config.md} (Kraken Futures) and {@code doc/trader-config.md}
 * (Trader WebSocket API) in sync with their ConfigDefs. Regenerate with
 * {@code ./mvnw -o -pl source-connector test -Dtest=ConfigDocsTest -Dconfig.docs.update=true}.
 */
class ConfigDocsTest {

    private static final Path DOC = Path.of("doc", "config.md");
    private static final Path FUTURES_DOC = Path.of("doc", "futures-config.md");
    private static final Path TRADER_DOC = Path.of("doc", "trader-config.md");

    @Test
    void everyKeyIsFullyDescribed() {
        assertEquals(List.of(), ConfigDocs.incomplete(KrakenSourceConnectorConfig.configDef()));
    }

    @Test
    void committedReferenceIsCurrent() throws IOException {
        CommittedReference.assertCurrent(DOC, ConfigDocs.markdown("Kraken source connector configuration",
                "Connect's own source connector keys (`tasks.max`, `transforms`, `exactly.once.support`, ...) apply too.",
                KrakenSourceConnectorConfig.configDef()));
    }

    @Test
    void everyFuturesKeyIsFullyDescribed() {
        assertEquals(List.of(), ConfigDocs.incomplete(KrakenFuturesSourceConnectorConfig.configDef()));
    }

    @Test
    void committedFuturesReferenceIsCurrent() throws IOException {
        CommittedReference.assertCurrent(FUTURES_DOC, ConfigDocs.markdown("Kraken Futures source connector configuration",
                "Connect's own source connector keys (`tasks.max`, `transforms`, ...) apply too.",
                KrakenFuturesSourceConnectorConfig.configDef()));
    }

    @Test
    void everyTraderKeyIsFullyDescribed() {
        assertEquals(List.of(), ConfigDocs.incomplete(TraderSourceConnectorConfig.configDef()));
    }

    @Test
    void committedTraderReferenceIsCurrent() throws IOException {
        CommittedReference.assertCurrent(TRADER_DOC, ConfigDocs.markdown("Trader source connector configuration",
                "Connect's own source connector keys (`tasks.max`, `transforms`, ...) apply too.",
                TraderSourceConnectorConfig.configDef()));
    }
}
