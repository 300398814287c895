package com.kafkaconnectkraken.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.connect.KrakenConnectionConfig.Profile;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class KrakenConnectionConfigTest {

    private static final List<String> STREAMING_KEYS = List.of("kraken.ws.public.url", "kraken.ws.private.url",
            "kraken.ws.l3.url", "kraken.rest.url", "kraken.api.key", "kraken.api.secret");

    @Test
    void streamingDefinesAllFourUrlsAndCredentialsInOrder() {
        ConfigDef def = KrakenConnectionConfig.define(new ConfigDef(), Profile.STREAMING);
        assertEquals(STREAMING_KEYS, List.copyOf(def.configKeys().keySet()));
        assertEquals(List.of("Connection"), def.groups());
        for (int i = 0; i < STREAMING_KEYS.size(); i++) {
            assertEquals(i + 1, def.configKeys().get(STREAMING_KEYS.get(i)).orderInGroup);
        }
    }

    @Test
    void tradingDefinesPrivateWebSocketRestAndCredentialsOnly() {
        ConfigDef def = KrakenConnectionConfig.define(new ConfigDef(), Profile.TRADING);
        assertEquals(List.of("kraken.ws.private.url", "kraken.rest.url", "kraken.api.key", "kraken.api.secret"),
                List.copyOf(def.configKeys().keySet()));
    }

    @Test
    void defaultsAreKrakenProduction() {
        // docs/protocol/kraken-spot.md §1.1 / https://docs.kraken.com/api/docs/guides/spot-ws-intro
        AbstractConfig config = new AbstractConfig(KrakenConnectionConfig.define(new ConfigDef(), Profile.STREAMING), Map.of());
        assertEquals("wss://ws.kraken.com/v2", config.getString("kraken.ws.public.url"));
        assertEquals("wss://ws-auth.kraken.com/v2", config.getString("kraken.ws.private.url"));
        assertEquals("wss://ws-l3.kraken.com/v2", config.getString("kraken.ws.l3.url"));
        assertEquals("https://api.kraken.com", config.getString("kraken.rest.url"));
        assertNull(config.getPassword("kraken.api.key"));
        assertNull(config.getPassword("kraken.api.secret"));
    }

    @Test
    void tradingRequiresCredentials() {
        ConfigDef def = KrakenConnectionConfig.define(new ConfigDef(), Profile.TRADING);
        ConfigException e = assertThrows(ConfigException.class,
                () -> new AbstractConfig(def, Map.of("kraken.api.secret", "c2VjcmV0")));
        assertTrue(e.getMessage().contains("kraken.api.key"), e.getMessage());
        assertThrows(ConfigException.class, () -> new AbstractConfig(def, Map.of("kraken.api.key", "k")));
        new AbstractConfig(def, Map.of("kraken.api.key", "k", "kraken.api.secret", "c2VjcmV0"));
    }

    @Test
    void credentialsArePasswordsAndEveryKeyIsDocumented() {
        ConfigDef def = KrakenConnectionConfig.define(new ConfigDef(), Profile.STREAMING);
        assertEquals(ConfigDef.Type.PASSWORD, def.configKeys().get("kraken.api.key").type);
        assertEquals(ConfigDef.Type.PASSWORD, def.configKeys().get("kraken.api.secret").type);
        assertEquals(List.of(), ConfigDocs.incomplete(def));
        for (ConfigKey key : def.configKeys().values()) {
            assertEquals(ConfigDef.Width.LONG, key.width, key.name);
        }
    }

    @Test
    void validatorsRunOnTheKeys() {
        ConfigDef def = KrakenConnectionConfig.define(new ConfigDef(), Profile.STREAMING);
        assertThrows(ConfigException.class, () -> new AbstractConfig(def, Map.of("kraken.ws.l3.url", "https://x/v2")));
        assertThrows(ConfigException.class, () -> new AbstractConfig(def, Map.of("kraken.rest.url", "wss://x")));
        ConfigException e = assertThrows(ConfigException.class,
                () -> new AbstractConfig(def, Map.of("kraken.api.secret", "sec ret!")));
        assertFalse(e.getMessage().contains("sec ret!"), e.getMessage());
    }

    @Test
    void secretsStayHiddenInParsedValues() {
        AbstractConfig config = new AbstractConfig(KrakenConnectionConfig.define(new ConfigDef(), Profile.TRADING),
                Map.of("kraken.api.key", "my-key-123", "kraken.api.secret", "c2VjcmV0LXNlY3JldA=="));
        assertFalse(config.values().toString().contains("my-key-123"));
        assertFalse(config.values().toString().contains("c2VjcmV0LXNlY3JldA=="));
    }

    @Test
    void aKeyDefinedTwiceIsRefused() {
        ConfigDef def = new ConfigDef().define("kraken.rest.url", ConfigDef.Type.STRING, ConfigDef.Importance.LOW, "x");
        assertThrows(ConfigException.class, () -> KrakenConnectionConfig.define(def, Profile.TRADING));
    }
}
