package com.kafkaconnectkraken.sink.trader;

import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.connect.TraderConnection;
import com.kafkaconnectkraken.connect.TraderConnectionConfig;
import com.kafkaconnectkraken.sink.command.TraderCommandParser;
import com.kafkaconnectkraken.sink.config.SinkConfig;
import com.kafkaconnectkraken.sink.config.SinkConfigDef;
import com.kafkaconnectkraken.sink.config.SinkConfigRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * Configuration of the Trader sink connector, parsed once into typed accessors: the Trader connection group
 * ({@link TraderConnectionConfig}: {@code trader.url}, {@code trader.username}/{@code trader.password} or
 * {@code trader.jwt}, the [ASSUMED] login fields, token refresh margin, {@code trader.max.messages.per.second}),
 * the venue-neutral sink keys of {@link SinkConfig} (reply topic, guards, max age, HMAC, retries, reply history,
 * {@code ws.request.timeout.ms}) and {@value #CLIENT_ORDER_ID} (docs/protocol/trader-api.md §5). Cross-field
 * rules: {@link SinkConfigRules#shared} and {@link TraderConnection#problems}, checked by this constructor
 * (throws {@link ConfigException}) and by {@code TraderSinkConnector.validate()}.
 */
public final class TraderSinkConnectorConfig extends SinkConfig {

    /** {@code derive} (default): every createOrder carries a clientOrderId; {@code given}: only a user's. */
    public static final String CLIENT_ORDER_ID = "trader.client.order.id";

    /** The prefixes whose keys are this connector's own: an undefined key under one fails {@code validate()}. */
    public static final List<String> OWNED_PREFIXES = List.of("trader.", "guard.", "command.", "reply.", "ws.",
        "reconnect.");

    static final SinkConfigDef.VenueDocs TRADER = new SinkConfigDef.VenueDocs(
        "How long one request on the Trader API socket waits for its answer, in milliseconds.",
        "a command answered RATE_LIMITED or SERVICE_UNAVAILABLE", "as the API names them, e.g. EURUSD", "EURUSD:100000",
        "EURUSD:150000", "a price (LIMIT, STOP_LIMIT) or stopPrice (STOP); MARKET orders of it are refused",
        TraderCommandParser.ORDER_TYPES);

    private static final ConfigDef CONFIG_DEF = configDef();

    private final TraderConnection connection;

    /**
     * @param props connector properties as given to the connector/task
     * @throws ConfigException when a value is invalid or a cross-field rule fails
     */
    public TraderSinkConnectorConfig(Map<String, String> props) {
        this(props, true);
    }

    private TraderSinkConnectorConfig(Map<String, String> props, boolean enforceRules) {
        super(CONFIG_DEF, props);
        this.connection = TraderConnection.from(this);
        if (enforceRules) {
            ConfigProblem.throwIfAny(problems(this));
        }
    }

    /** @return a new definition of every key (doc, group, order, width, display name) */
    public static ConfigDef configDef() {
        ConfigDef def = new ConfigDef();
        TraderConnectionConfig.define(def);
        SinkConfigDef.shared(def, TRADER);
        def.define(CLIENT_ORDER_ID, Type.STRING, "derive", ValidString.in("derive", "given"), Importance.MEDIUM,
            "derive: every createOrder carries a clientOrderId, the user's or one derived from the command record's "
                + "topic/partition/offset, so an unanswered or redelivered order is found again by it. given: only a "
                + "user's clientOrderId is sent (for a server that refuses the field); an unanswered order is then "
                + "matched by symbol, side, quantity and creation time, and a redelivered one cannot be looked up. "
                + "[ASSUMED: the API's documentation is silent on clientOrderId; see the README.]",
            SinkConfigDef.GROUP_COMMAND, SinkConfigDef.COMMAND_KEYS + 1, Width.SHORT, "Client order id");
        return def;
    }

    /**
     * @param props raw connector properties whose single keys are valid
     * @return the cross-field problems, empty when consistent
     * @throws ConfigException when a single key is invalid
     */
    public static List<ConfigProblem> problems(Map<String, String> props) {
        return problems(new TraderSinkConnectorConfig(props, false));
    }

    private static List<ConfigProblem> problems(TraderSinkConnectorConfig config) {
        List<ConfigProblem> problems = new ArrayList<>(TraderConnection.problems(config));
        problems.addAll(SinkConfigRules.shared(config));
        return problems;
    }

    /** @return the socket URL, login and pacing */
    public TraderConnection connection() {
        return connection;
    }

    /** @return whether a createOrder without clientOrderId gets a derived one ({@value #CLIENT_ORDER_ID}=derive) */
    public boolean deriveClientOrderIds() {
        return "derive".equals(getString(CLIENT_ORDER_ID));
    }
}
