package com.kafkaconnectkraken.source.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class KrakenSourceConnectorConfigTest {

    private static Map<String, String> props(String... kv) {
        Map<String, String> props = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            props.put(kv[i], kv[i + 1]);
        }
        return props;
    }

    @Test
    void defaultsPointAtKrakenProductionAndStreamTheTickerPublicly() {
        KrakenSourceConnectorConfig config = new KrakenSourceConnectorConfig(props("symbols", "BTC/USD"));
        assertEquals(URI.create("wss://ws.kraken.com/v2"), config.connection().endpoints().publicWs());
        assertEquals(URI.create("wss://ws-auth.kraken.com/v2"), config.connection().endpoints().privateWs());
        assertEquals(URI.create("wss://ws-l3.kraken.com/v2"), config.connection().endpoints().level3Ws());
        assertEquals(URI.create("https://api.kraken.com"), config.connection().endpoints().rest());
        assertEquals(Set.of(SpotChannel.TICKER), config.channels());
        assertEquals("kraken.ticker", config.topicNames().topic(RecordType.TICKER));
        assertEquals(DecimalHandlingMode.PRECISE, config.decimalMode());
        assertEquals(10, config.bookDepth());
        assertFalse(config.connection().hasCredentials());
    }

    @Test
    void typedAccessorsParseEveryGroup() {
        KrakenSourceConnectorConfig config = new KrakenSourceConnectorConfig(props(
                "kraken.ws.public.url", "ws://127.0.0.1:9000/public/v2",
                "channels", "book,ohlc,executions", "symbols", "BTC/USD,ETH/USD",
                "kraken.api.key", "key", "kraken.api.secret", "c2VjcmV0",
                "ohlc.intervals", "1,60", "book.depth", "25", "decimal.handling.mode", "string",
                "topic.prefix", "kx", "topic.names", "ledger=acct-ledger, gap=kx-gaps",
                "rest.endpoints", "Ledgers,BalanceEx", "rest.poll.ledgers.interval.ms", "5000",
                "queue.capacity", "42"));
        assertEquals(URI.create("ws://127.0.0.1:9000/public/v2"), config.connection().endpoints().publicWs());
        assertEquals(Set.of(SpotChannel.BOOK, SpotChannel.OHLC, SpotChannel.EXECUTIONS), config.channels());
        assertEquals(List.of("BTC/USD", "ETH/USD"), config.symbols());
        assertEquals(List.of(1, 60), config.ohlcIntervals());
        assertEquals(25, config.bookDepth());
        assertEquals(DecimalHandlingMode.STRING, config.decimalMode());
        assertEquals("acct-ledger", config.topicNames().topic(RecordType.LEDGER));
        assertEquals("kx-gaps", config.topicNames().topic(RecordType.GAP));
        assertEquals("kx.book", config.topicNames().topic(RecordType.BOOK));
        assertEquals(Set.of(RestEndpoint.LEDGERS, RestEndpoint.BALANCE_EX), config.restEndpoints());
        assertEquals(Duration.ofSeconds(5), config.restPollInterval(RestEndpoint.LEDGERS));
        assertEquals(Duration.ofMinutes(1), config.restPollInterval(RestEndpoint.BALANCE_EX));
        assertEquals(42, config.queueCapacity());
        assertTrue(config.connection().hasCredentials());
        assertTrue(config.hasGlobalWork());
        assertEquals(List.of(SpotChannel.BOOK, SpotChannel.OHLC), config.perSymbolChannels());
    }

    @Test
    void singleKeyValidationNamesTheKey() {
        assertRejected("channels", props("channels", "tickers", "symbols", "BTC/USD"));
        assertRejected("symbols", props("symbols", "XBTUSD"));
        assertRejected("book.depth", props("symbols", "BTC/USD", "book.depth", "20"));
        assertRejected("ohlc.intervals", props("symbols", "BTC/USD", "ohlc.intervals", "2"));
        assertRejected("kraken.ws.public.url", props("symbols", "BTC/USD", "kraken.ws.public.url", "http://x/v2"));
        assertRejected("decimal.handling.mode", props("symbols", "BTC/USD", "decimal.handling.mode", "float"));
        assertRejected("topic.names", props("symbols", "BTC/USD", "topic.names", "ledgers=x"));
        assertRejected("rest.endpoints", props("symbols", "BTC/USD", "rest.endpoints", "Ledger"));
        assertRejected("ledgers.start", props("symbols", "BTC/USD", "ledgers.start", "yesterday"));
        ConfigException secret = assertThrows(ConfigException.class, () -> new KrakenSourceConnectorConfig(
                props("symbols", "BTC/USD", "kraken.api.secret", "not base64 ***")));
        assertTrue(secret.getMessage().contains("kraken.api.secret") && !secret.getMessage().contains("***"), secret.getMessage());
    }

    @Test
    void crossFieldRulesReportEachProblemOnItsKey() {
        String credentials = "required by [executions, Ledgers] (private data needs an API key and secret)";
        assertEquals(List.of(new ConfigProblem("symbols", "channels [book] need at least one symbol"),
                        new ConfigProblem("kraken.api.key", credentials), new ConfigProblem("kraken.api.secret", credentials)),
                SourceConfigRules.problems(props("channels", "book,executions", "rest.endpoints", "Ledgers")));
        assertEquals(List.of(new ConfigProblem("channels", "no channel and no REST endpoint enabled; nothing to read")),
                SourceConfigRules.problems(props("channels", "")));
        assertEquals(List.of(new ConfigProblem("ws.ping.interval.ms",
                        "must be shorter than ws.stale.timeout.ms or an idle connection looks stale")),
                SourceConfigRules.problems(props("symbols", "BTC/USD", "ws.ping.interval.ms", "20000")));
        assertEquals(List.of(new ConfigProblem("reconnect.backoff.ms", "must not exceed reconnect.backoff.max.ms")),
                SourceConfigRules.problems(props("symbols", "BTC/USD", "reconnect.backoff.ms", "5000",
                        "reconnect.backoff.max.ms", "4000")));
        assertEquals(List.of(), SourceConfigRules.problems(props("symbols", "BTC/USD")));
    }

    @Test
    void rulesOverPropertiesThrowWhenASingleKeyIsInvalid() {
        ConfigException e = assertThrows(ConfigException.class, () -> SourceConfigRules.problems(props("book.depth", "7")));
        assertTrue(e.getMessage().contains("book.depth"), e.getMessage());
    }

    @Test
    void sessionKeysAreParsed() {
        KrakenSourceConnectorConfig config = new KrakenSourceConnectorConfig(props("symbols", "BTC/USD",
                "ws.request.timeout.ms", "300", "reconnect.backoff.ms", "50", "reconnect.backoff.max.ms", "200"));
        assertEquals(Duration.ofMillis(300), config.wsRequestTimeout());
        assertEquals(Duration.ofMillis(50), config.reconnectBackoff());
        assertEquals(Duration.ofMillis(200), config.reconnectBackoffMax());
        KrakenSourceConnectorConfig defaults = new KrakenSourceConnectorConfig(props("symbols", "BTC/USD"));
        assertEquals(Duration.ofSeconds(10), defaults.wsRequestTimeout());
        assertEquals(Duration.ofMillis(500), defaults.reconnectBackoff());
        assertEquals(Duration.ofSeconds(30), defaults.reconnectBackoffMax());
    }

    @Test
    void constructorThrowsOnCrossFieldErrors() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new KrakenSourceConnectorConfig(props("channels", "balances")));
        String credentials = "required by [balances] (private data needs an API key and secret)";
        assertEquals("kraken.api.key: " + credentials + "; kraken.api.secret: " + credentials, e.getMessage());
    }

    @Test
    void publicChannelsNeedNoCredentials() {
        assertEquals(List.of(), SourceConfigRules.problems(props("channels", "ticker,book,trade,ohlc,instrument",
                "symbols", "BTC/USD")));
    }

    @Test
    void secretsNeverAppearInToStringOrValues() {
        KrakenSourceConnectorConfig config = new KrakenSourceConnectorConfig(props("channels", "balances",
                "kraken.api.key", "my-key-123", "kraken.api.secret", "c2VjcmV0LXNlY3JldA=="));
        assertFalse(config.toString().contains("c2VjcmV0LXNlY3JldA=="));
        assertFalse(config.values().toString().contains("c2VjcmV0LXNlY3JldA=="));
        assertEquals("c2VjcmV0LXNlY3JldA==", config.connection().apiSecret().value());
    }

    @Test
    void taskConfigAddsTheAssignment() {
        Map<String, String> props = props("symbols", "BTC/USD,ETH/USD", "task.symbols", "ETH/USD", "task.global", "true");
        KrakenSourceTaskConfig config = new KrakenSourceTaskConfig(props);
        assertEquals(List.of("ETH/USD"), config.taskSymbols());
        assertTrue(config.taskGlobal());
    }

    private static void assertRejected(String key, Map<String, String> props) {
        ConfigException e = assertThrows(ConfigException.class, () -> new KrakenSourceConnectorConfig(props));
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }
}
