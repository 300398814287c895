package com.kafkaconnectkraken.cli;

import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.simulator.KrakenSimulatorMain;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The connectors the stack deploys. Values are Avro in the Confluent wire format through Apicurio's converter
 * (loaded from plugin.path), keys strings (symbols).
 *
 * <ul>
 *   <li>{@value #SOURCE}: ticker, trade and book of {@link #LIVE_SYMBOLS} from Kraken itself (live), or, offline,
 *       of {@link #GENERATED_SYMBOLS} from the simulator's generator;</li>
 *   <li>{@value #REPLAY_SOURCE} (offline only): the BTC/USD book recorded from Kraken, replayed by a second
 *       simulator;</li>
 *   <li>{@value #TRADER_SOURCE}: the simulator's Trader WebSocket API quotes, depth, executions, portfolio and
 *       metrics of {@link #TRADER_SYMBOLS} and the demo account; {@value #TRADER_SINK}: Trader commands (schemaless
 *       JSON) from {@value #TRADER_COMMANDS_TOPIC}, acknowledgements (JSON) to {@value #TRADER_ACKS_TOPIC};</li>
 *   <li>{@value #SINK}: order commands (schemaless JSON) from {@value #COMMANDS_TOPIC}, executed on the simulator's
 *       exchange, acknowledgements (JSON) to {@value #ACKS_TOPIC}. Never pointed at Kraken by the stack.</li>
 * </ul>
 */
final class DemoConnectors {

    static final String SOURCE = "kraken-source";
    static final String REPLAY_SOURCE = "kraken-source-replay";
    static final String FUTURES_SOURCE = "kraken-futures-source";
    static final String FUTURES_PRODUCTS = "PF_XBTUSD,PF_ETHUSD";
    static final String SINK = "kraken-sink";
    static final String TOPIC_PREFIX = "kraken";
    static final String COMMANDS_TOPIC = "kraken.orders";
    static final String ACKS_TOPIC = "kraken.order_acks";
    static final String LIVE_SYMBOLS = "BTC/USD,ETH/USD,SOL/USD";
    static final String GENERATED_SYMBOLS = "ETH/USD,SOL/USD";
    static final String REPLAY_SYMBOL = "BTC/USD";
    static final String TRADER_SOURCE = "trader-source";
    static final String TRADER_SINK = "trader-sink";
    static final String TRADER_SYMBOLS = "EURUSD,GBPUSD";
    static final String TRADER_COMMANDS_TOPIC = "kraken.trader.orders";
    static final String TRADER_ACKS_TOPIC = "kraken.trader.order_acks";

    private final String registryV2Url;

    DemoConnectors(String registryV2Url) {
        this.registryV2Url = registryV2Url;
    }

    /** @return the source connector reading Kraken's public WebSocket (no credentials) */
    Map<String, String> liveSource(String publicWsUrl) {
        return source(LIVE_SYMBOLS, publicWsUrl, SpotChannel.TICKER, SpotChannel.TRADE, SpotChannel.BOOK);
    }

    /** @return the source connector reading the generator simulator */
    Map<String, String> generatedSource(String simulatorWsUrl) {
        return source(GENERATED_SYMBOLS, simulatorWsUrl, SpotChannel.TICKER, SpotChannel.TRADE, SpotChannel.BOOK);
    }

    /** @return the source connector reading the replay simulator (recorded Kraken BTC/USD book) */
    Map<String, String> replaySource(String replayWsUrl) {
        return source(REPLAY_SYMBOL, replayWsUrl, SpotChannel.BOOK);
    }

    /**
     * @param futuresWsUrl the simulator's Kraken Futures WebSocket v1 URL
     * @param restUrl      the simulator's REST base (its instruments list checks the product ids)
     * @return the Kraken Futures source: public ticker, book and trade of {@link #FUTURES_PRODUCTS}
     */
    Map<String, String> futuresSource(String futuresWsUrl, String restUrl) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "com.kafkaconnectkraken.source.futures.KrakenFuturesSourceConnector");
        config.put("tasks.max", "1");
        config.put("futures.ws.url", futuresWsUrl);
        config.put("futures.rest.url", restUrl);
        config.put("futures.feeds", Stream.of(FuturesFeed.TICKER, FuturesFeed.BOOK, FuturesFeed.TRADE)
                .map(FuturesFeed::wireName).collect(Collectors.joining(",")));
        config.put("futures.product_ids", FUTURES_PRODUCTS);
        config.put("topic.prefix", TOPIC_PREFIX);
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.putAll(apicurio("value.converter"));
        return config;
    }

    private Map<String, String> source(String symbols, String publicWsUrl, SpotChannel... channels) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "com.kafkaconnectkraken.source.KrakenSourceConnector");
        config.put("tasks.max", "1");
        config.put("kraken.ws.public.url", publicWsUrl);
        config.put("channels", Arrays.stream(channels).map(SpotChannel::wireName).collect(Collectors.joining(",")));
        config.put("symbols", symbols);
        config.put("book.depth", "10");
        config.put("topic.prefix", TOPIC_PREFIX);
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.putAll(apicurio("value.converter"));
        return config;
    }

    /**
     * @param privateWsUrl the simulator's authenticated WebSocket URL
     * @param restUrl      the simulator's REST base URL (WebSocket token)
     * @param apiKey       demo account key
     * @param apiSecret    demo account secret (base64); only ever sent to the worker's REST API on loopback
     * @param bootstrap    the broker, for the acknowledgement producer
     * @return the sink connector config
     */
    Map<String, String> sink(String privateWsUrl, String restUrl, String apiKey, String apiSecret, String bootstrap) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "com.kafkaconnectkraken.sink.KrakenSinkConnector");
        config.put("tasks.max", "1");
        config.put("topics", COMMANDS_TOPIC);
        config.put("kraken.ws.private.url", privateWsUrl);
        config.put("kraken.rest.url", restUrl);
        config.put("kraken.api.key", apiKey);
        config.put("kraken.api.secret", apiSecret);
        config.put("guard.symbols", GENERATED_SYMBOLS);
        config.put("guard.max.qty", "ETH/USD:1,SOL/USD:10");
        config.putAll(commandPlumbing(COMMANDS_TOPIC, ACKS_TOPIC, bootstrap));
        return config;
    }

    /**
     * @param traderWsUrl the simulator's Trader API socket ({@code ws://.../api/v1/ws})
     * @return the Trader source: every event type of {@link #TRADER_SYMBOLS} and the demo account
     */
    Map<String, String> traderSource(String traderWsUrl) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "com.kafkaconnectkraken.source.trader.TraderSourceConnector");
        config.put("tasks.max", "1");
        config.putAll(traderLogin(traderWsUrl));
        config.put("trader.symbols", TRADER_SYMBOLS);
        config.put("trader.events", "quoteEvent,executionEvent,portfolioEvent");
        config.put("trader.depth.symbols", "EURUSD");
        config.put("trader.depth", "5");
        config.put("trader.account.ids", KrakenSimulatorMain.TRADER_DEMO_ACCOUNT);
        config.put("topic.prefix", TOPIC_PREFIX);
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.putAll(apicurio("value.converter"));
        return config;
    }

    /**
     * @param traderWsUrl the simulator's Trader API socket
     * @param bootstrap   the broker, for the acknowledgement producer
     * @return the Trader sink: commands from {@value #TRADER_COMMANDS_TOPIC}, acknowledgements to {@value #TRADER_ACKS_TOPIC}
     */
    Map<String, String> traderSink(String traderWsUrl, String bootstrap) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "com.kafkaconnectkraken.sink.trader.TraderSinkConnector");
        config.put("tasks.max", "1");
        config.put("topics", TRADER_COMMANDS_TOPIC);
        config.putAll(traderLogin(traderWsUrl));
        config.put("guard.symbols", TRADER_SYMBOLS);
        config.put("guard.max.qty", "EURUSD:100000,GBPUSD:100000");
        config.putAll(commandPlumbing(TRADER_COMMANDS_TOPIC, TRADER_ACKS_TOPIC, bootstrap));
        return config;
    }

    /**
     * @return what both demo sinks share: JSON commands read as text, JSON acknowledgements to {@code acks}, refused
     *     commands to {@code <commands>.dlq}
     */
    private static Map<String, String> commandPlumbing(String commands, String acks, String bootstrap) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("reply.topic", acks);
        config.put("reply.bootstrap.servers", bootstrap);
        // JSON acknowledgements (schemaless), readable by any consumer without the registry; an Avro reply converter
        // works as well (the sink runs it on its own plugin's class loader; config-examples/*-apicurio-avro.*)
        config.put("reply.value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("reply.value.converter.schemas.enable", "false");
        config.put("errors.tolerance", "all");
        config.put("errors.deadletterqueue.topic.name", commands + ".dlq");
        config.put("errors.deadletterqueue.topic.replication.factor", "1");
        config.put("errors.deadletterqueue.context.headers.enable", "true");
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        // commands as text: the sink parses the JSON itself, so bytes that are not JSON get an INVALID acknowledgement
        // (JsonConverter would fail on them in the worker, before the sink sees them)
        config.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        return config;
    }

    /** The simulator's public demo login (not a secret; constants inlined, no simulator class loaded). */
    private static Map<String, String> traderLogin(String traderWsUrl) {
        return Map.of("trader.url", traderWsUrl, "trader.username", KrakenSimulatorMain.TRADER_DEMO_USER,
                "trader.password", KrakenSimulatorMain.TRADER_DEMO_PASSWORD);
    }

    /**
     * INFRA.md's seven settings (Apicurio's converter writing the Confluent wire format) and the resolver from the
     * converter archive that caches the schema lookup per schema instance.
     */
    private Map<String, String> apicurio(String prefix) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put(prefix, "io.apicurio.registry.utils.converter.AvroConverter");
        config.put(prefix + ".apicurio.registry.url", registryV2Url);
        config.put(prefix + ".apicurio.registry.auto-register", "true");
        config.put(prefix + ".apicurio.registry.find-latest", "true");
        config.put(prefix + ".apicurio.registry.as-confluent", "true");
        config.put(prefix + ".apicurio.registry.use-id", "contentId");
        config.put(prefix + ".apicurio.registry.headers.enabled", "false");
        config.put(prefix + ".apicurio.registry.schema-resolver",
                "com.kafkaconnectkraken.apicurio.SchemaInstanceCachingResolver");
        return config;
    }
}
