package com.kafkaconnectkraken.source.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

/** validate() and the task split, the latter with product ids checked against the simulator's instruments list. */
class KrakenFuturesSourceConnectorTest {

    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQ=";

    @Test
    void unknownFeedsAndPrivateFeedsWithoutCredentialsAreRejectedOnTheirKeys() {
        Map<String, List<String>> unknown = errors(props("futures.feeds", "ticker,spread", "futures.product_ids", "PF_XBTUSD"));
        assertTrue(unknown.get("futures.feeds").get(0).contains("spread"), unknown.toString());
        Map<String, List<String>> noKey = errors(props("futures.feeds", "fills"));
        assertTrue(noKey.get("futures.api.key").get(0).contains("[fills]"), noKey.toString());
        assertTrue(noKey.get("futures.api.secret").get(0).contains("[fills]"), noKey.toString());
        Map<String, List<String>> noProducts = errors(props("futures.feeds", "book", "futures.product_ids", ""));
        assertTrue(noProducts.get("futures.product_ids").get(0).contains("need at least one product id"), noProducts.toString());
        Map<String, List<String>> badId = errors(props("futures.product_ids", "XBTUSD"));
        assertTrue(badId.get("futures.product_ids").get(0).contains("PF_XBTUSD"), badId.toString());
    }

    @Test
    void productIdsTheInstrumentsListDoesNotKnowAreRejectedWhenItIsReachable() {
        try (KrakenSimulator simulator = KrakenSimulator.builder().symbols("BTC/USD").futuresProducts("PF_XBTUSD").build().start()) {
            String rest = simulator.futuresRest().toString();
            Map<String, List<String>> unknown = errors(props("futures.product_ids", "PF_XBTUSD,PF_NOPEUSD", "futures.rest.url", rest));
            assertEquals(List.of("unknown to Kraken Futures' instruments list: [PF_NOPEUSD]"), unknown.get("futures.product_ids"));
            assertTrue(errors(props("futures.product_ids", "PF_XBTUSD", "futures.rest.url", rest)).isEmpty());
        }
        assertTrue(errors(props("futures.product_ids", "PF_NOPEUSD", "futures.rest.url", "http://127.0.0.1:9")).isEmpty(),
                "an unreachable list does not fail validate()");
    }

    @Test
    void productsAreSplitAcrossTasksAndPrivateFeedsRunOnTaskZeroOnly() {
        KrakenFuturesSourceConnector connector = new KrakenFuturesSourceConnector();
        connector.start(props("futures.feeds", "book,fills", "futures.product_ids", "PF_XBTUSD,PF_ETHUSD,PI_XBTUSD",
                "futures.api.key", "k", "futures.api.secret", SECRET));
        List<Map<String, String>> tasks = connector.taskConfigs(2);
        assertEquals(2, tasks.size());
        assertEquals(List.of("PF_XBTUSD,PF_ETHUSD", "PI_XBTUSD"), tasks.stream().map(t -> t.get("task.product_ids")).toList());
        assertEquals(List.of("true", "false"), tasks.stream().map(t -> t.get("task.global")).toList());
    }

    private static Map<String, List<String>> errors(Map<String, String> props) {
        Config config = new KrakenFuturesSourceConnector().validate(props);
        return config.configValues().stream().filter(v -> !v.errorMessages().isEmpty())
                .collect(Collectors.toMap(ConfigValue::name, ConfigValue::errorMessages));
    }

    private static Map<String, String> props(String... pairs) {
        Map<String, String> props = new HashMap<>();
        props.put("connector.class", KrakenFuturesSourceConnector.class.getName());
        props.put("futures.rest.url", "http://127.0.0.1:9");
        props.put("futures.product_ids", "PF_XBTUSD");
        for (int i = 0; i < pairs.length; i += 2) {
            props.put(pairs[i], pairs[i + 1]);
        }
        return props;
    }
}
