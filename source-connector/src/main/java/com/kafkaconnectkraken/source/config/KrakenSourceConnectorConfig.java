package com.kafkaconnectkraken.source.config;

import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.connect.KrakenConnection;
import com.kafkaconnectkraken.connect.KrakenConnectionConfig;
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
 * Configuration of the Kraken source connector. Parsed once; tasks read only the typed accessors.
 * The reference (every key, default, valid values) is generated from {@link #configDef()} into
 * {@code source-connector/doc/config.md}. The Connection group ({@code kraken.*} URLs and
 * credentials) is the one both connectors share, {@link KrakenConnectionConfig} with profile
 * {@code STREAMING}. Cross-field rules live in {@link ConfigRules} and are applied both here
 * (throwing {@link ConfigException}) and by {@code KrakenSourceConnector.validate}.
 */
public class KrakenSourceConnectorConfig extends AbstractConfig {

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
    public static final String REST_TIMEOUT_MS = "rest.timeout.ms";
    public static final String REST_TIER = "rest.tier";
    public static final String WS_CONNECT_TIMEOUT_MS = "ws.connect.timeout.ms";
    public static final String WS_REQUEST_TIMEOUT_MS = "ws.request.timeout.ms";
    public static final String WS_PING_INTERVAL_MS = "ws.ping.interval.ms";
    public static final String WS_STALE_TIMEOUT_MS = "ws.stale.timeout.ms";
    public static final String WS_MAX_REQUESTS_PER_SECOND = "ws.max.requests.per.second";
    public static final String RECONNECT_BACKOFF_INITIAL_MS = "reconnect.backoff.initial.ms";
    public static final String RECONNECT_BACKOFF_MAX_MS = "reconnect.backoff.max.ms";
    public static final String QUEUE_CAPACITY = "queue.capacity";
    public static final String POLL_MAX_RECORDS = "poll.max.records";
    public static final String POLL_TIMEOUT_MS = "poll.timeout.ms";

    static final String GROUP_DATA = "Data";
    static final String GROUP_BOOK = "Book";
    static final String GROUP_TOPICS = "Topics";
    static final String GROUP_REST = "REST polling";
    static final String GROUP_RESILIENCE = "Resilience";

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
     * @throws ConfigException if a value is invalid or a cross-field rule ({@link ConfigRules}) fails
     */
    public KrakenSourceConnectorConfig(Map<String, String> props) {
        this(configDef(), props, true);
    }

    /**
     * @param enforceRules whether to throw on cross-field errors (false only for {@link #crossFieldErrors})
     */
    protected KrakenSourceConnectorConfig(ConfigDef definition, Map<String, String> props, boolean enforceRules) {
        super(definition, props, false);
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
        Map<String, String> errors = enforceRules ? ConfigRules.check(this) : Map.of();
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new ConfigException(first.getKey() + ": " + first.getValue());
        }
    }

    /**
     * Cross-field errors of properties that pass single-key validation (used by
     * {@code Connector.validate()} to report each error on its key).
     *
     * @return error message per key; empty when valid
     * @throws ConfigException if a single key is invalid
     */
    public static Map<String, String> crossFieldErrors(Map<String, String> props) {
        return ConfigRules.check(new KrakenSourceConnectorConfig(configDef(), props, false));
    }

    /** The full definition: one small method per group. */
    public static ConfigDef configDef() {
        ConfigDef def = new ConfigDef();
        KrakenConnectionConfig.define(def, KrakenConnectionConfig.Profile.STREAMING);
        ConfigDefinitions.data(def);
        ConfigDefinitions.book(def);
        ConfigDefinitions.topics(def);
        ConfigDefinitions.rest(def);
        ConfigDefinitions.resilience(def);
        return def;
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

    /** Kraken tier of the API key for REST pacing. */
    public RestTier restTier() {
        return RestTier.of(getString(REST_TIER));
    }

    /** REST call timeout. */
    public Duration restTimeout() {
        return Duration.ofMillis(getLong(REST_TIMEOUT_MS));
    }

    /** WebSocket connect timeout. */
    public Duration wsConnectTimeout() {
        return Duration.ofMillis(getLong(WS_CONNECT_TIMEOUT_MS));
    }

    /** WebSocket request (subscribe) timeout. */
    public Duration wsRequestTimeout() {
        return Duration.ofMillis(getLong(WS_REQUEST_TIMEOUT_MS));
    }

    /** Interval of application pings. */
    public Duration wsPingInterval() {
        return Duration.ofMillis(getLong(WS_PING_INTERVAL_MS));
    }

    /** Silence after which a connection is considered dead. */
    public Duration wsStaleTimeout() {
        return Duration.ofMillis(getLong(WS_STALE_TIMEOUT_MS));
    }

    /** Pacing of subscribe/unsubscribe requests per connection. */
    public int wsMaxRequestsPerSecond() {
        return getInt(WS_MAX_REQUESTS_PER_SECOND);
    }

    /** First reconnect backoff ceiling. */
    public Duration reconnectBackoffInitial() {
        return Duration.ofMillis(getLong(RECONNECT_BACKOFF_INITIAL_MS));
    }

    /** Maximum reconnect backoff ceiling. */
    public Duration reconnectBackoffMax() {
        return Duration.ofMillis(getLong(RECONNECT_BACKOFF_MAX_MS));
    }

    /** Bound of the task's record queue (records). */
    public int queueCapacity() {
        return getInt(QUEUE_CAPACITY);
    }

    /** Maximum records returned by one {@code poll()}. */
    public int pollMaxRecords() {
        return getInt(POLL_MAX_RECORDS);
    }

    /** How long {@code poll()} waits for the first record. */
    public Duration pollTimeout() {
        return Duration.ofMillis(getLong(POLL_TIMEOUT_MS));
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
