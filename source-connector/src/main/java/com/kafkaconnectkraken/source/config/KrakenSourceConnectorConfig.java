package com.kafkaconnectkraken.source.config;

import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.connect.KrakenConnection;
import com.kafkaconnectkraken.connect.KrakenConnectionConfig;
import com.kafkaconnectkraken.connect.WsSessionKeys;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Configuration of the Kraken source connector, parsed once into typed accessors; tasks read only
 * those.
 *
 * <p>Endpoint and credential keys are the Connection group both connectors share
 * ({@link KrakenConnectionConfig}, profile {@code STREAMING}: public, private and level3 WebSocket,
 * REST, optional credentials); the WebSocket session keys are spelled as in {@link WsSessionKeys}.
 * The definition is {@link SourceConfigDef}. Cross-field rules live in {@link SourceConfigRules},
 * used by this constructor (throws {@link ConfigException}) and by
 * {@code KrakenSourceConnector.validate()}. The generated reference is {@code doc/config.md}.
 */
public class KrakenSourceConnectorConfig extends StreamingSourceConfig {

    /** The prefixes whose keys are this connector's own: an undefined key under one fails {@code validate()}. */
    public static final List<String> OWNED_PREFIXES = List.of("kraken.", "rest.", "book.", "level3.", "executions.",
            "ledgers.", "ohlc.", "ws.", "reconnect.", "decimal.");

    public static final String CHANNELS = "channels";
    public static final String SYMBOLS = "symbols";
    public static final String SNAPSHOT = "snapshot";
    public static final String TICKER_EVENT_TRIGGER = "ticker.event.trigger";
    public static final String TRADE_SNAPSHOT = "trade.snapshot";
    public static final String OHLC_INTERVALS = "ohlc.intervals";
    public static final String EXECUTIONS_SNAP_ORDERS = "executions.snap.orders";
    public static final String EXECUTIONS_SNAP_TRADES = "executions.snap.trades";
    public static final String EXECUTIONS_BACKFILL = "executions.backfill";
    public static final String DECIMAL_HANDLING_MODE = "decimal.handling.mode";
    public static final String BOOK_DEPTH = "book.depth";
    public static final String LEVEL3_DEPTH = "level3.depth";
    public static final String BOOK_SNAPSHOT_INTERVAL_MS = "book.snapshot.interval.ms";
    public static final String BOOK_SNAPSHOT_TOP_N = "book.snapshot.top.n";
    public static final String TOPIC_PREFIX = "topic.prefix";
    public static final String TOPIC_NAMES = "topic.names";
    public static final String REST_ENDPOINTS = "rest.endpoints";
    public static final String LEDGERS_START = "ledgers.start";
    public static final String REST_HISTORY_START = "rest.history.start";
    public static final String REST_LEDGERS_ENRICH_TRADES = "rest.ledgers.enrich.trades";
    public static final String REST_SNAPSHOT_HEARTBEAT_MS = "rest.snapshot.heartbeat.ms";
    public static final String REST_TIMEOUT_MS = "rest.timeout.ms";
    public static final String REST_TIER = "rest.tier";
    public static final String REST_HISTORY_COST = "rest.history.cost";

    private static final ConfigDef CONFIG_DEF = SourceConfigDef.build();

    private final KrakenConnection connection;
    private final Set<SpotChannel> channels;
    private final List<String> symbols;
    private final List<Integer> ohlcIntervals;
    private final Set<RestEndpoint> restEndpoints;
    private final Map<RestEndpoint, Duration> restIntervals;
    private final TopicNames topicNames;
    private final DecimalHandlingMode decimalMode;

    /**
     * Parses and validates the connector properties.
     *
     * @param props connector properties as given to the connector/task
     * @throws ConfigException if a value is invalid or a cross-field rule ({@link SourceConfigRules}) fails
     */
    public KrakenSourceConnectorConfig(Map<String, String> props) {
        this(CONFIG_DEF, props, true);
    }

    /**
     * @param definition   {@link #configDef()}, possibly extended (the task's assignment keys)
     * @param props        connector or task properties
     * @param enforceRules whether to throw on cross-field problems (false only for {@link #withoutRules})
     * @throws ConfigException if a value is invalid, or a cross-field rule fails and {@code enforceRules}
     */
    protected KrakenSourceConnectorConfig(ConfigDef definition, Map<String, String> props, boolean enforceRules) {
        super(definition, props);
        this.connection = KrakenConnection.from(this);
        this.channels = parseChannels(getList(CHANNELS));
        this.symbols = List.copyOf(getList(SYMBOLS));
        this.ohlcIntervals = getList(OHLC_INTERVALS).stream().map(Integer::valueOf).toList();
        this.restEndpoints = parseEndpoints(getList(REST_ENDPOINTS));
        this.restIntervals = new EnumMap<>(RestEndpoint.class);
        for (RestEndpoint endpoint : RestEndpoint.values()) {
            restIntervals.put(endpoint, Duration.ofMillis(getLong(endpoint.intervalKey())));
        }
        this.topicNames = TopicNames.parse(getString(TOPIC_PREFIX), getList(TOPIC_NAMES));
        this.decimalMode = DecimalHandlingMode.parse(getString(DECIMAL_HANDLING_MODE));
        if (enforceRules) {
            ConfigProblem.throwIfAny(SourceConfigRules.problems(this));
        }
    }

    /** Parses single keys only; for {@link SourceConfigRules#problems(Map)}. */
    static KrakenSourceConnectorConfig withoutRules(Map<String, String> props) {
        return new KrakenSourceConnectorConfig(CONFIG_DEF, props, false);
    }

    /** @return a new definition of every key (doc, group, order, width, display name); callers may extend it. */
    public static ConfigDef configDef() {
        return SourceConfigDef.build();
    }

    private static Set<SpotChannel> parseChannels(List<String> names) {
        Set<SpotChannel> result = EnumSet.noneOf(SpotChannel.class);
        names.forEach(name -> result.add(SpotChannel.fromWire(name)));
        return Collections.unmodifiableSet(result);
    }

    private static Set<RestEndpoint> parseEndpoints(List<String> names) {
        Set<RestEndpoint> result = EnumSet.noneOf(RestEndpoint.class);
        names.forEach(name -> result.add(RestEndpoint.fromMethod(name)));
        return Collections.unmodifiableSet(result);
    }

    /** Kraken URLs (public, private, level3 WebSocket and REST base) and credentials, and the clients built from them. */
    public KrakenConnection connection() {
        return connection;
    }

    /** Enabled WebSocket channels. */
    public Set<SpotChannel> channels() {
        return channels;
    }

    /** Configured symbols (BASE/QUOTE), in configuration order. */
    public List<String> symbols() {
        return symbols;
    }

    /** Whether channels with a snapshot option request the initial snapshot. */
    public boolean snapshot() {
        return getBoolean(SNAPSHOT);
    }

    /** Ticker {@code event_trigger}: {@code trades} or {@code bbo}. */
    public String tickerEventTrigger() {
        return getString(TICKER_EVENT_TRIGGER);
    }

    /** Whether the trade channel requests its 50-trade snapshot. */
    public boolean tradeSnapshot() {
        return getBoolean(TRADE_SNAPSHOT);
    }

    /** OHLC intervals in minutes. */
    public List<Integer> ohlcIntervals() {
        return ohlcIntervals;
    }

    /** Executions {@code snap_orders}. */
    public boolean executionsSnapOrders() {
        return getBoolean(EXECUTIONS_SNAP_ORDERS);
    }

    /** Executions {@code snap_trades}. */
    public boolean executionsSnapTrades() {
        return getBoolean(EXECUTIONS_SNAP_TRADES);
    }

    /** Whether missed fills are recovered from REST after an executions gap. */
    public boolean executionsBackfill() {
        return getBoolean(EXECUTIONS_BACKFILL);
    }

    /** How decimal fields are written. */
    public DecimalHandlingMode decimalMode() {
        return decimalMode;
    }

    /** Subscribed L2 book depth. */
    public int bookDepth() {
        return getInt(BOOK_DEPTH);
    }

    /** Subscribed level3 depth. */
    public int level3Depth() {
        return getInt(LEVEL3_DEPTH);
    }

    /** Interval of periodic top-N book snapshots; zero when disabled. */
    public Duration bookSnapshotInterval() {
        return Duration.ofMillis(getLong(BOOK_SNAPSHOT_INTERVAL_MS));
    }

    /** Levels per side in periodic book snapshots. */
    public int bookSnapshotTopN() {
        return getInt(BOOK_SNAPSHOT_TOP_N);
    }

    /** Topic names per record type. */
    public TopicNames topicNames() {
        return topicNames;
    }

    /** Enabled REST endpoints. */
    public Set<RestEndpoint> restEndpoints() {
        return restEndpoints;
    }

    /** Poll interval of one REST endpoint. */
    public Duration restPollInterval(RestEndpoint endpoint) {
        return restIntervals.get(endpoint);
    }

    /** Where ledger polling starts without a stored offset: {@code latest}, {@code earliest} or unix seconds. */
    public String ledgersStart() {
        return getString(LEDGERS_START);
    }

    /** Where TradesHistory and ClosedOrders polling starts without a stored offset: {@code latest}, {@code earliest} or unix seconds. */
    public String historyStart() {
        return getString(REST_HISTORY_START);
    }

    /**
     * Whether the trade behind each Ledgers entry of type {@code trade} is read with QueryTrades and written to the
     * trade_history topic: configured on, Ledgers polled and TradesHistory not polled (which writes them already).
     */
    public boolean ledgersEnrichTrades() {
        return getBoolean(REST_LEDGERS_ENRICH_TRADES) && restEndpoints.contains(RestEndpoint.LEDGERS)
                && !restEndpoints.contains(RestEndpoint.TRADES_HISTORY);
    }

    /** How often snapshot endpoints write every current record even if unchanged; zero for never. */
    public Duration snapshotHeartbeat() {
        return Duration.ofMillis(getLong(REST_SNAPSHOT_HEARTBEAT_MS));
    }

    /** Configured poll interval of each enabled REST endpoint, in endpoint order. */
    public Map<RestEndpoint, Duration> enabledRestIntervals() {
        Map<RestEndpoint, Duration> result = new EnumMap<>(RestEndpoint.class);
        restEndpoints.forEach(endpoint -> result.put(endpoint, restIntervals.get(endpoint)));
        return result;
    }

    /** REST call counter limits of the API key ({@code rest.tier}: a Kraken tier or explicit limits). */
    public RestTier restTier() {
        return RestTiers.parse(REST_TIER, getString(REST_TIER));
    }

    /** Call-counter points of one history call (Ledgers, QueryLedgers, TradesHistory, QueryTrades). */
    public int restHistoryCost() {
        return getInt(REST_HISTORY_COST);
    }

    /** REST call timeout. */
    public Duration restTimeout() {
        return Duration.ofMillis(getLong(REST_TIMEOUT_MS));
    }

    /** Channels that are split by symbol across tasks. */
    public List<SpotChannel> perSymbolChannels() {
        List<SpotChannel> result = new ArrayList<>();
        channels.stream().filter(SpotChannel::perSymbol).forEach(result::add);
        return result;
    }

    /** Whether any enabled source is not split by symbol (instrument, executions, balances, REST); it runs on task 0 only. */
    public boolean hasGlobalWork() {
        return !restEndpoints.isEmpty() || channels.contains(SpotChannel.EXECUTIONS)
                || channels.contains(SpotChannel.BALANCES) || channels.contains(SpotChannel.INSTRUMENT);
    }
}
