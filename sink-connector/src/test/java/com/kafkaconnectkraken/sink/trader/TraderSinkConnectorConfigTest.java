package com.kafkaconnectkraken.sink.trader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.connect.CommittedReference;
import com.kafkaconnectkraken.connect.ConfigDocs;
import com.kafkaconnectkraken.connect.ConfigProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/**
 * The Trader sink's keys: its connection group, the shared sink keys with Trader wording and order types, and
 * {@code trader.client.order.id}. Keeps {@code doc/trader-config.md} in sync; regenerate with
 * {@code ./mvnw -o -pl sink-connector test -Dtest=TraderSinkConnectorConfigTest -Dconfig.docs.update=true}.
 */
class TraderSinkConnectorConfigTest {

    static Map<String, String> minimal() {
        Map<String, String> p = new HashMap<>();
        p.put("topics", "trader-orders");
        p.put("trader.url", "wss://trader.example.com/api/v1/ws");
        p.put("trader.username", "alice");
        p.put("trader.password", "s3cret");
        p.put("reply.topic", "trader-acks");
        p.put("reply.bootstrap.servers", "127.0.0.1:9092");
        return p;
    }

    @Test
    void validateRejectsAMisspeltTraderKeyAndANegativeGuard() {
        Map<String, String> p = minimal();
        p.put("trader.pasword", "x");
        List<String> all = new TraderSinkConnector().validate(p).configValues().stream()
            .flatMap(v -> v.errorMessages().stream()).toList();
        assertEquals(List.of("trader.pasword: unknown key of this connector; did you mean trader.password?"), all);
        p.remove("trader.pasword");
        p.put("guard.max.qty", "EURUSD:-5");
        List<String> negative = new TraderSinkConnector().validate(p).configValues().stream()
            .filter(v -> v.name().equals("guard.max.qty")).flatMap(v -> v.errorMessages().stream()).toList();
        assertEquals(1, negative.size());
        assertTrue(negative.get(0).contains("must have a positive limit"), negative.toString());
    }

    @Test
    void defaultsAreTheSafeOnes() {
        TraderSinkConnectorConfig config = new TraderSinkConnectorConfig(minimal());
        assertTrue(config.deriveClientOrderIds());
        assertEquals(Set.of("MARKET", "LIMIT", "STOP", "STOP_LIMIT"), config.guardOrderTypes());
        assertEquals(Duration.ofSeconds(10), config.wsRequestTimeout());
        assertEquals(Duration.ofMinutes(1), config.commandMaxAge());
        assertTrue(config.replyHistoryLookup());
        assertEquals("trader-acks", config.replyTopic());
        assertFalse(config.connection().toString().contains("s3cret"));
    }

    @Test
    void venueValuesAndCrossFieldRulesAreChecked() {
        Map<String, String> spotType = minimal();
        spotType.put("guard.order.types", "limit");
        assertThrows(ConfigException.class, () -> new TraderSinkConnectorConfig(spotType));
        Map<String, String> mode = minimal();
        mode.put("trader.client.order.id", "sometimes");
        assertThrows(ConfigException.class, () -> new TraderSinkConnectorConfig(mode));
        Map<String, String> loop = minimal();
        loop.put("reply.topic", "trader-orders");
        loop.put("trader.username", "");
        assertEquals(List.of(new ConfigProblem("trader.username", "the Trader API needs trader.username and "
            + "trader.password (or trader.jwt)"), new ConfigProblem("reply.topic", "must not be one of the command topics")),
            TraderSinkConnectorConfig.problems(loop));
        Map<String, String> given = minimal();
        given.put("trader.client.order.id", "given");
        assertFalse(new TraderSinkConnectorConfig(given).deriveClientOrderIds());
    }

    @Test
    void everyKeyIsDescribedAndTheReferenceIsCurrent() throws IOException {
        assertEquals(List.of(), ConfigDocs.incomplete(TraderSinkConnectorConfig.configDef()));
        CommittedReference.assertCurrent(Path.of("doc", "trader-config.md"), ConfigDocs.markdown(
            "Trader sink connector configuration",
            "Connect's own sink keys (`topics`, `errors.tolerance`, `errors.deadletterqueue.topic.name`, ...) apply too.",
            TraderSinkConnectorConfig.configDef()));
    }
}
