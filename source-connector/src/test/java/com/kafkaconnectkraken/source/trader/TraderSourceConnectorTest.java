package com.kafkaconnectkraken.source.trader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import com.kafkaconnectkraken.client.ws.TraderSubscription;
import com.kafkaconnectkraken.source.config.TraderSourceTaskConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

/** validate() with each problem on its key, the task split and what each task subscribes. */
class TraderSourceConnectorTest {

    @Test
    void aValidConfigHasNoProblem() {
        assertEquals(Map.of(), errors(props()));
    }

    @Test
    void aMisspeltOwnKeyIsRejectedWithTheClosestKnownKey() {
        Map<String, List<String>> typo = errors(props("trader.depth.symbol", "EURUSD", "ws.ping.intervall.ms", "1000",
                "topic.creation.default.partitions", "1"));
        // a key the ConfigDef does not know has no entry of its own in the result: the message names it
        assertEquals(List.of("trader.depth.symbol: unknown key of this connector; did you mean trader.depth.symbols?",
                "ws.ping.intervall.ms: unknown key of this connector; did you mean ws.ping.interval.ms?"),
                typo.values().stream().flatMap(List::stream).sorted().toList());
    }

    @Test
    void badUrlsAreRejected() {
        Map<String, List<String>> http = errors(props("trader.url", "https://trader.example.com/api/v1/ws"));
        assertTrue(http.get("trader.url").get(0).contains("ws"), http.toString());
        Map<String, List<String>> relative = errors(props("trader.url", "not a url"));
        assertTrue(relative.containsKey("trader.url"), relative.toString());
        Map<String, List<String>> login = errors(props("trader.login.url", "ftp://trader.example.com/login"));
        assertTrue(login.get("trader.login.url").get(0).contains("http"), login.toString());
    }

    @Test
    void missingCredentialsAreRejected() {
        Map<String, List<String>> none = errors(props("trader.username", "", "trader.password", ""));
        assertTrue(none.get("trader.username").get(0).contains("needs trader.username and trader.password"), none.toString());
        Map<String, List<String>> noPassword = errors(props("trader.password", ""));
        assertTrue(noPassword.get("trader.password").get(0).contains("trader.password"), noPassword.toString());
        Map<String, List<String>> both = errors(props("trader.jwt", "a.b.c"));
        assertTrue(both.get("trader.jwt").get(0).contains("not both"), both.toString());
    }

    @Test
    void emptySymbolListsAndUnknownEventsAreRejected() {
        Map<String, List<String>> empty = errors(props("trader.symbols", ""));
        assertEquals(List.of("at least one symbol is required, e.g. EURUSD"), empty.get("trader.symbols"));
        Map<String, List<String>> missing = errors(without(props(), "trader.symbols"));
        assertTrue(missing.get("trader.symbols").get(0).contains("Missing required"), missing.toString());
        Map<String, List<String>> unknown = errors(props("trader.events", "quoteEvent,tradeEvent"));
        assertTrue(unknown.get("trader.events").get(0).contains("tradeEvent"), unknown.toString());
        assertTrue(unknown.get("trader.events").get(0).contains("must be one of [executionEvent, portfolioEvent, quoteEvent]"),
                unknown.toString());
        Map<String, List<String>> depthOnly = errors(props("trader.events", "depthEvent"));
        assertTrue(depthOnly.containsKey("trader.events"), "depth is trader.depth.symbols, not an event: " + depthOnly);
        Map<String, List<String>> lowercase = errors(props("trader.symbols", "eurusd"));
        assertTrue(lowercase.get("trader.symbols").get(0).contains("upper case"), lowercase.toString());
        Map<String, List<String>> depth = errors(props("trader.depth", "0"));
        assertTrue(depth.containsKey("trader.depth"), depth.toString());
    }

    @Test
    void symbolsAreSplitAcrossTasksAndAccountStreamsRunOnTaskZero() {
        TraderSourceConnector connector = new TraderSourceConnector();
        connector.start(props("trader.symbols", "EURUSD,GBPUSD,USDJPY", "trader.depth.symbols", "EURUSD,XAUUSD",
                "trader.events", "quoteEvent,executionEvent,portfolioEvent", "trader.account.ids", "acc_1,acc_2"));
        List<Map<String, String>> tasks = connector.taskConfigs(2);
        assertEquals(List.of("EURUSD,GBPUSD", "USDJPY,XAUUSD"), tasks.stream().map(t -> t.get("task.symbols")).toList());
        assertEquals(List.of("true", "false"), tasks.stream().map(t -> t.get("task.global")).toList());
        List<TraderSubscription> first = TraderSubscriptions.of(new TraderSourceTaskConfig(tasks.get(0)));
        List<TraderMessageType> perSymbol = List.of(TraderMessageType.QUOTE_EVENT, TraderMessageType.EXECUTION_EVENT);
        assertEquals(List.of(new TraderSubscription.Events(List.of("EURUSD", "GBPUSD"), perSymbol),
                new TraderSubscription.Events(List.of("EURUSD", "GBPUSD", "USDJPY"), List.of(TraderMessageType.PORTFOLIO_EVENT)),
                new TraderSubscription.Depth("EURUSD", 10), new TraderSubscription.Metrics("acc_1"),
                new TraderSubscription.Metrics("acc_2")), first);
        assertEquals(List.of(new TraderSubscription.Events(List.of("USDJPY"), perSymbol), new TraderSubscription.Depth("XAUUSD", 10)),
                TraderSubscriptions.of(new TraderSourceTaskConfig(tasks.get(1))));
        assertEquals(4, connector.taskConfigs(8).size(), "never more tasks than symbols");
    }

    private static Map<String, List<String>> errors(Map<String, String> props) {
        Config config = new TraderSourceConnector().validate(props);
        return config.configValues().stream().filter(v -> !v.errorMessages().isEmpty())
                .collect(Collectors.toMap(ConfigValue::name, ConfigValue::errorMessages));
    }

    private static Map<String, String> without(Map<String, String> props, String key) {
        props.remove(key);
        return props;
    }

    private static Map<String, String> props(String... pairs) {
        Map<String, String> props = new HashMap<>();
        props.put("connector.class", TraderSourceConnector.class.getName());
        props.put("trader.url", "wss://trader.example.com/api/v1/ws");
        props.put("trader.username", "alice");
        props.put("trader.password", "secret");
        props.put("trader.symbols", "EURUSD");
        for (int i = 0; i < pairs.length; i += 2) {
            props.put(pairs[i], pairs[i + 1]);
        }
        return props;
    }
}
