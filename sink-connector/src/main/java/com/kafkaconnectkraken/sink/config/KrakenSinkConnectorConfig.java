package com.kafkaconnectkraken.sink.config;

import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.connect.KrakenConnection;
import com.kafkaconnectkraken.connect.KrakenConnectionConfig;
import com.kafkaconnectkraken.connect.WsSessionKeys;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Configuration of the Kraken sink connector, parsed once into typed accessors.
 *
 * <p>Endpoint and credential keys are the Connection group both connectors share
 * ({@link KrakenConnectionConfig}, profile {@code TRADING}: private WebSocket, REST, required
 * credentials); the WebSocket session keys are spelled as in {@link WsSessionKeys}; the venue-neutral
 * sink keys (reply, command, guards, retries) are {@link SinkConfig}'s. The definition is
 * {@link SinkConfigDef}. Cross-field rules live in {@link SinkConfigRules}, used by this
 * constructor (throws {@link ConfigException}) and by {@code KrakenSinkConnector.validate()}. The
 * generated reference is {@code doc/config.md}.
 */
public final class KrakenSinkConnectorConfig extends SinkConfig {

    public static final String GUARD_RATE_TIER = "guard.rate.limit.tier";

    public static final String DMS_ENABLED = "dms.enabled";
    public static final String DMS_REFRESH_MS = "dms.refresh.interval.ms";
    public static final String DMS_TIMEOUT_S = "dms.timeout.seconds";

    /** The prefixes whose keys are this connector's own: an undefined key under one fails {@code validate()}. */
    public static final List<String> OWNED_PREFIXES = List.of("kraken.", "guard.", "dms.", "command.", "reply.", "ws.",
        "reconnect.");

    /** Every Kraken order type (docs/protocol/kraken-spot.md §5.2). */
    public static final List<String> ORDER_TYPES = List.of("limit", "market", "iceberg", "stop-loss",
        "stop-loss-limit", "take-profit", "take-profit-limit", "trailing-stop", "trailing-stop-limit",
        "settle-position");

    /** The Kraken Spot wording of the shared keys (declared before the definition that uses it). */
    static final SinkConfigDef.VenueDocs SPOT_DOCS = new SinkConfigDef.VenueDocs(WsSessionKeys.WS_REQUEST_TIMEOUT_DOC,
        "a command answered EService:Unavailable", "BASE/QUOTE, e.g. BTC/USD", "BTC/USD:0.5", "BTC/USD:50000",
        "a static limit or trigger price (or cash_order_qty)", ORDER_TYPES);

    private static final ConfigDef CONFIG_DEF = SinkConfigDef.build();

    private final KrakenConnection connection;

    /**
     * @param props connector properties as given to the connector/task
     * @throws ConfigException when a value is invalid or a cross-field rule ({@link SinkConfigRules}) fails
     */
    public KrakenSinkConnectorConfig(Map<String, String> props) {
        this(props, true);
    }

    private KrakenSinkConnectorConfig(Map<String, String> props, boolean enforceRules) {
        super(CONFIG_DEF, props);
        this.connection = KrakenConnection.from(this);
        if (enforceRules) {
            ConfigProblem.throwIfAny(SinkConfigRules.problems(this));
        }
    }

    /** Parses single keys only; for {@link SinkConfigRules#problems(Map)}. */
    static KrakenSinkConnectorConfig withoutRules(Map<String, String> props) {
        return new KrakenSinkConnectorConfig(props, false);
    }

    /** @return a new definition of every key (doc, group, order, width, display name); callers may extend it. */
    public static ConfigDef configDef() {
        return SinkConfigDef.build();
    }

    /**
     * @return private WebSocket URL (trading methods, executions; e.g. wss://ws-auth.kraken.com/v2), REST
     *         base URL and the credentials, with the clients built from them
     */
    public KrakenConnection connection() {
        return connection;
    }

    /** @return rate-limit tier: none|starter|intermediate|pro. */
    public String guardRateTier() {
        return getString(GUARD_RATE_TIER).toLowerCase(Locale.ROOT);
    }

    /** @return whether the dead man's switch is armed while the task runs. */
    public boolean dmsEnabled() {
        return getBoolean(DMS_ENABLED);
    }

    /** @return how often the switch is refreshed. */
    public Duration dmsRefreshInterval() {
        return Duration.ofMillis(getLong(DMS_REFRESH_MS));
    }

    /** @return the cancel_all_orders_after timeout in seconds. */
    public int dmsTimeoutSeconds() {
        return getInt(DMS_TIMEOUT_S);
    }
}
