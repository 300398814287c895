package com.kafkaconnectkraken.sink.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.connect.ConfigProblem;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class KrakenSinkConnectorConfigTest {

    static Map<String, String> minimal() {
        Map<String, String> props = new HashMap<>();
        props.put("topics", "orders");
        props.put("kraken.api.key", "key");
        props.put("kraken.api.secret", "c2VjcmV0");
        props.put("reply.topic", "orders-ack");
        props.put("reply.bootstrap.servers", "127.0.0.1:9092");
        return props;
    }

    @Test
    void defaultsFollowKrakenRecommendations() {
        KrakenSinkConnectorConfig config = new KrakenSinkConnectorConfig(minimal());
        assertEquals("wss://ws-auth.kraken.com/v2", config.connection().endpoints().privateWs().toString());
        assertEquals("https://api.kraken.com", config.connection().endpoints().rest().toString());
        assertEquals(Duration.ofSeconds(20), config.dmsRefreshInterval());
        assertEquals(60, config.dmsTimeoutSeconds());
        assertFalse(config.dmsEnabled());
        assertEquals(Duration.ofMinutes(1), config.commandMaxAge());
        assertNull(config.commandHmacKey());
        assertEquals("starter", config.guardRateTier());
        assertEquals(Set.copyOf(KrakenSinkConnectorConfig.ORDER_TYPES), config.guardOrderTypes());
        assertEquals("org.apache.kafka.connect.json.JsonConverter", config.replyValueConverter().getName());
    }

    @Test
    void secretsAreHiddenInToString() {
        KrakenSinkConnectorConfig config = new KrakenSinkConnectorConfig(minimal());
        assertEquals("c2VjcmV0", config.connection().apiSecret().value());
        assertFalse(config.connection().apiSecret().toString().contains("c2VjcmV0"));
        assertFalse(config.toString().contains("c2VjcmV0"));
    }

    @Test
    void replyConverterAndProducerPropsArePassedWithoutPrefix() {
        Map<String, String> props = minimal();
        props.put("reply.value.converter.schemas.enable", "false");
        props.put("reply.producer.linger.ms", "5");
        KrakenSinkConnectorConfig config = new KrakenSinkConnectorConfig(props);
        assertEquals(Map.of("schemas.enable", "false"), config.replyValueConverterProps());
        assertEquals(Map.of("linger.ms", "5"), config.replyProducerProps());
    }

    @Test
    void missingRequiredKeyFails() {
        Map<String, String> props = minimal();
        props.remove("reply.topic");
        assertThrows(ConfigException.class, () -> new KrakenSinkConnectorConfig(props));
    }

    @Test
    void replyTopicMustNotBeACommandTopic() {
        Map<String, String> props = minimal();
        props.put("topics", "a, orders-ack");
        ConfigException e = assertThrows(ConfigException.class, () -> new KrakenSinkConnectorConfig(props));
        assertTrue(e.getMessage().contains("reply.topic"));
    }

    @Test
    void deadMansSwitchRefreshMustBeBelowTimeout() {
        Map<String, String> props = minimal();
        props.put("dms.enabled", "true");
        props.put("dms.refresh.interval.ms", "60000");
        props.put("dms.timeout.seconds", "60");
        ConfigException e = assertThrows(ConfigException.class, () -> new KrakenSinkConnectorConfig(props));
        assertTrue(e.getMessage().contains("dms.refresh.interval.ms"));
    }

    @Test
    void limitsMustParseAndNameAllowedSymbols() {
        Map<String, String> props = minimal();
        props.put("guard.symbols", "BTC/USD");
        props.put("guard.max.qty", "ETH/USD:1");
        ConfigException e = assertThrows(ConfigException.class, () -> new KrakenSinkConnectorConfig(props));
        assertTrue(e.getMessage().contains("guard.max.qty: symbol ETH/USD is not in guard.symbols"), e.getMessage());
        props.put("guard.max.qty", "BTC/USD:zero");
        assertThrows(ConfigException.class, () -> new KrakenSinkConnectorConfig(props));
        props.put("guard.max.qty", "BTC/USD:-1");
        assertThrows(ConfigException.class, () -> new KrakenSinkConnectorConfig(props));
    }

    @Test
    void unknownOrderTypeAndTierAreRejected() {
        Map<String, String> props = minimal();
        props.put("guard.order.types", "limit,stop");
        assertThrows(ConfigException.class, () -> new KrakenSinkConnectorConfig(props));
        props.remove("guard.order.types");
        props.put("guard.rate.limit.tier", "gold");
        assertThrows(ConfigException.class, () -> new KrakenSinkConnectorConfig(props));
    }

    @Test
    void apiSecretMustBeBase64() {
        Map<String, String> props = minimal();
        props.put("kraken.api.secret", "not base64!");
        ConfigException e = assertThrows(ConfigException.class, () -> new KrakenSinkConnectorConfig(props));
        assertTrue(e.getMessage().contains("kraken.api.secret must be the Base64 API secret"), e.getMessage());
        assertFalse(e.getMessage().contains("not base64!"));
    }

    @Test
    void crossFieldRulesReportEachProblemOnItsKey() {
        Map<String, String> props = minimal();
        props.put("topics", "orders, orders-ack");
        props.put("reconnect.backoff.ms", "5000");
        props.put("reconnect.backoff.max.ms", "4000");
        assertEquals(List.of(new ConfigProblem("reconnect.backoff.ms", "must not exceed reconnect.backoff.max.ms"),
                new ConfigProblem("reply.topic", "must not be one of the command topics")), SinkConfigRules.problems(props));
        assertEquals(List.of(), SinkConfigRules.problems(minimal()));
    }

    @Test
    void rulesOverPropertiesThrowWhenASingleKeyIsInvalid() {
        Map<String, String> props = minimal();
        props.put("ws.request.timeout.ms", "100");
        ConfigException e = assertThrows(ConfigException.class, () -> SinkConfigRules.problems(props));
        assertTrue(e.getMessage().contains("ws.request.timeout.ms"), e.getMessage());
    }

    @Test
    void sessionKeysAreParsed() {
        Map<String, String> props = minimal();
        props.put("ws.request.timeout.ms", "1000");
        props.put("reconnect.backoff.ms", "100");
        props.put("reconnect.backoff.max.ms", "2000");
        KrakenSinkConnectorConfig config = new KrakenSinkConnectorConfig(props);
        assertEquals(Duration.ofSeconds(1), config.wsRequestTimeout());
        assertEquals(Duration.ofMillis(100), config.reconnectBackoff());
        assertEquals(Duration.ofSeconds(2), config.reconnectBackoffMax());
        KrakenSinkConnectorConfig defaults = new KrakenSinkConnectorConfig(minimal());
        assertEquals(Duration.ofSeconds(10), defaults.wsRequestTimeout());
        assertEquals(Duration.ofSeconds(1), defaults.reconnectBackoff());
        assertEquals(Duration.ofSeconds(30), defaults.reconnectBackoffMax());
    }

    @Test
    void commandTopicsComeFromConnectsTopicsKey() {
        Map<String, String> props = minimal();
        props.put("topics", " a, b ,,c");
        assertEquals(List.of("a", "b", "c"), new KrakenSinkConnectorConfig(props).commandTopics());
        props.remove("topics");
        props.put("topics.regex", "orders.*");
        assertEquals(List.of(), new KrakenSinkConnectorConfig(props).commandTopics());
    }

    @Test
    void replyConverterMustBeAConverter() {
        Map<String, String> props = minimal();
        props.put("reply.value.converter", "java.lang.String");
        ConfigException e = assertThrows(ConfigException.class, () -> new KrakenSinkConnectorConfig(props));
        assertTrue(e.getMessage().contains("reply.value.converter"));
    }
}
