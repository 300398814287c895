package com.kafkaconnectkraken.source.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class RestTiersTest {

    @Test
    void tierNamesGiveKrakensPublishedLimits() {
        assertEquals(new RestTier(15, 0.33), RestTiers.parse("rest.tier", "starter"));
        assertEquals(new RestTier(20, 0.5), RestTiers.parse("rest.tier", "Intermediate"));
        assertEquals(new RestTier(20, 1.0), RestTiers.parse("rest.tier", "pro"));
    }

    @Test
    void explicitLimitsAreMaxSlashDecayPerSecond() {
        assertEquals(new RestTier(40, 2.5), RestTiers.parse("rest.tier", "40/2.5"));
    }

    @Test
    void unusableLimitsAreRefusedNamingTheKey() {
        for (String bad : new String[] {"gold", "9/1", "40/0", "40", "/2", "40/-1"}) {
            ConfigException e = assertThrows(ConfigException.class, () -> RestTiers.parse("rest.tier", bad), bad);
            assertEquals(true, e.getMessage().contains("rest.tier"), e.getMessage());
        }
    }

    @Test
    void theConfigExposesTierAndHistoryCost() {
        KrakenSourceConnectorConfig config = new KrakenSourceConnectorConfig(Map.of("symbols", "BTC/USD",
                "rest.tier", "60/3", "rest.history.cost", "2"));
        assertEquals(new RestTier(60, 3), config.restTier());
        assertEquals(2, config.restHistoryCost());
        assertEquals(4, new KrakenSourceConnectorConfig(Map.of("symbols", "BTC/USD")).restHistoryCost(), "paces for 4 by default");
        assertThrows(ConfigException.class, () -> new KrakenSourceConnectorConfig(Map.of("symbols", "BTC/USD",
                "rest.history.cost", "11")));
    }
}
