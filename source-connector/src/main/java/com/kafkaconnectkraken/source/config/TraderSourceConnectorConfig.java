package com.kafkaconnectkraken.source.config;

import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.connect.TraderConnection;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Configuration of the Trader WebSocket API source connector (docs/protocol/trader-api.md), on the Kraken
 * sources' skeleton: the shared Trader connection group ({@code trader.url}, login or JWT, pacing), what to stream
 * ({@link #SYMBOLS}, {@link #EVENTS}, {@link #DEPTH_SYMBOLS}, {@link #DEPTH}, {@link #ACCOUNT_IDS}), the topic
 * prefix and decimal mode of the Kraken sources, and the WebSocket/backoff/queue/poll keys of
 * {@link StreamingSourceConfig}. Definition in {@link TraderSourceConfigDef}, cross-field rules in
 * {@link TraderSourceConfigRules}. Generated reference: {@code doc/trader-config.md}.
 */
public class TraderSourceConnectorConfig extends StreamingSourceConfig {

    /** Key prefixes this connector owns: a key under one that it does not define is a typo (validate() says so). */
    public static final List<String> OWNED_PREFIXES = List.of("trader.", "ws.", "reconnect.", "decimal.");

    public static final String SYMBOLS = "trader.symbols";
    public static final String EVENTS = "trader.events";
    public static final String DEPTH_SYMBOLS = "trader.depth.symbols";
    public static final String DEPTH = "trader.depth";
    public static final String ACCOUNT_IDS = "trader.account.ids";
    public static final String DECIMAL_HANDLING_MODE = KrakenSourceConnectorConfig.DECIMAL_HANDLING_MODE;
    public static final String TOPIC_PREFIX = KrakenSourceConnectorConfig.TOPIC_PREFIX;

    /** The events {@link #EVENTS} may name: the subscribable ones of the {@code subscribe} request (§3). */
    static final List<TraderMessageType> SUBSCRIBABLE = List.of(TraderMessageType.QUOTE_EVENT,
            TraderMessageType.EXECUTION_EVENT, TraderMessageType.PORTFOLIO_EVENT);

    private static final ConfigDef CONFIG_DEF = TraderSourceConfigDef.build();

    private final TraderConnection connection;

    /**
     * @param props connector properties
     * @throws ConfigException if a value is invalid or a cross-field rule fails
     */
    public TraderSourceConnectorConfig(Map<String, String> props) {
        this(CONFIG_DEF, props, true);
    }

    /**
     * @param definition   {@link #configDef()}, possibly extended (the task's assignment keys)
     * @param props        connector or task properties
     * @param enforceRules whether to throw on cross-field problems
     * @throws ConfigException if a value is invalid, or a rule fails and {@code enforceRules}
     */
    protected TraderSourceConnectorConfig(ConfigDef definition, Map<String, String> props, boolean enforceRules) {
        super(definition, props);
        this.connection = TraderConnection.from(this);
        if (enforceRules) {
            ConfigProblem.throwIfAny(TraderSourceConfigRules.problems(this));
        }
    }

    /** Parses single keys only; for {@link TraderSourceConfigRules#problems(Map)}. */
    static TraderSourceConnectorConfig withoutRules(Map<String, String> props) {
        return new TraderSourceConnectorConfig(CONFIG_DEF, props, false);
    }

    /** @return a new definition of every key; callers may extend it */
    public static ConfigDef configDef() {
        return TraderSourceConfigDef.build();
    }

    /** @return the socket URL, login and pacing */
    public TraderConnection connection() {
        return connection;
    }

    /** @return the symbols of {@link #events()}, as configured, e.g. {@code [EURUSD, GBPUSD]} */
    public List<String> symbols() {
        return List.copyOf(getList(SYMBOLS));
    }

    /** @return the subscribed events, in configuration order, without repeats */
    public List<TraderMessageType> events() {
        return getList(EVENTS).stream().distinct()
                .map(name -> TraderMessageType.fromWire(name).orElseThrow(() -> new ConfigException(EVENTS, name, "unknown event")))
                .toList();
    }

    /** @return the symbols with a {@code depthSubscribe} */
    public List<String> depthSymbols() {
        return List.copyOf(getList(DEPTH_SYMBOLS));
    }

    /** @return levels per side of each {@code depthSubscribe} */
    public int depth() {
        return getInt(DEPTH);
    }

    /** @return the accounts with a {@code metricsSubscribe}, whose executions are backfilled after a reconnect */
    public List<String> accountIds() {
        return List.copyOf(getList(ACCOUNT_IDS));
    }

    /** @return the send pacing of the Trader connection group ({@code trader.max.messages.per.second}) */
    @Override
    public int wsMaxRequestsPerSecond() {
        return connection.maxMessagesPerSecond();
    }

    /** @return how decimals are written */
    public DecimalHandlingMode decimalMode() {
        return DecimalHandlingMode.parse(getString(DECIMAL_HANDLING_MODE));
    }

    /** @return the topic prefix */
    public String topicPrefix() {
        return getString(TOPIC_PREFIX);
    }
}
