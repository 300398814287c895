package com.kafkaconnectkraken.sink.config;

import com.kafkaconnectkraken.connect.WsSessionKeys;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * The venue-neutral part of a trading sink's configuration, parsed once into typed accessors: request
 * timeout, retries and backoff, the reply topic and its history, command age and HMAC, and the pre-trade
 * guards. Both trading sinks ({@link KrakenSinkConnectorConfig}, the Trader sink's config) extend it; their
 * definitions get these keys from {@link SinkConfigDef#shared}. The shared cross-field rules are
 * {@link SinkConfigRules#shared}.
 */
public abstract class SinkConfig extends AbstractConfig {

    public static final String WS_REQUEST_TIMEOUT_MS = WsSessionKeys.WS_REQUEST_TIMEOUT_MS;
    public static final String RECONNECT_BACKOFF_MS = WsSessionKeys.RECONNECT_BACKOFF_MS;
    public static final String RECONNECT_BACKOFF_MAX_MS = WsSessionKeys.RECONNECT_BACKOFF_MAX_MS;
    public static final String MAX_RETRIES = "max.retries";

    public static final String REPLY_TOPIC = "reply.topic";
    public static final String REPLY_BOOTSTRAP_SERVERS = "reply.bootstrap.servers";
    public static final String REPLY_VALUE_CONVERTER = "reply.value.converter";
    public static final String REPLY_PRODUCER_PREFIX = "reply.producer.";
    public static final String REPLY_HISTORY_LOOKUP = "reply.history.lookup.enabled";

    public static final String COMMAND_MAX_AGE_MS = "command.max.age.ms";
    public static final String COMMAND_HMAC_KEY = "command.hmac.key";
    public static final String COMMAND_HMAC_HEADER = "command.hmac.header";

    /** Prefixes under which any key is forwarded to a client (converter, producer), not checked as a sink key. */
    public static final List<String> PASS_THROUGH_PREFIXES = List.of(REPLY_VALUE_CONVERTER + ".", REPLY_PRODUCER_PREFIX);

    public static final String GUARD_SYMBOLS = "guard.symbols";
    public static final String GUARD_ORDER_TYPES = "guard.order.types";
    public static final String GUARD_MAX_QTY = "guard.max.qty";
    public static final String GUARD_MAX_NOTIONAL = "guard.max.notional";

    private final Map<String, String> replyConverterProps;
    private final List<String> commandTopics;

    /**
     * @param definition the connector's whole definition (including {@link SinkConfigDef#shared})
     * @param props      connector properties as given to the connector/task
     * @throws org.apache.kafka.common.config.ConfigException when a single value is invalid
     */
    protected SinkConfig(ConfigDef definition, Map<String, String> props) {
        super(definition, props);
        this.replyConverterProps = stringValues(originalsWithPrefix(REPLY_VALUE_CONVERTER + "."));
        this.commandTopics = Arrays.stream(props.getOrDefault(SinkConnector.TOPICS_CONFIG, "").split(","))
            .map(String::trim).filter(topic -> !topic.isEmpty()).toList();
    }

    private static Map<String, String> stringValues(Map<String, Object> values) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, v == null ? null : v.toString()));
        return out;
    }

    /** @return how long to wait for the venue's answer to one request before the outcome is UNKNOWN. */
    public Duration wsRequestTimeout() {
        return Duration.ofMillis(getLong(WS_REQUEST_TIMEOUT_MS));
    }

    /** @return ceiling of the first reconnect / retry delay. */
    public Duration reconnectBackoff() {
        return Duration.ofMillis(getLong(RECONNECT_BACKOFF_MS));
    }

    /** @return cap of the reconnect / retry delay ceiling. */
    public Duration reconnectBackoffMax() {
        return Duration.ofMillis(getLong(RECONNECT_BACKOFF_MAX_MS));
    }

    /**
     * @return the command topics listed in Connect's {@code topics} key, trimmed, in order; empty when
     *         the connector subscribes with {@code topics.regex}
     */
    public List<String> commandTopics() {
        return commandTopics;
    }

    /** @return transient failures in a row before the task fails. */
    public int maxRetries() {
        return getInt(MAX_RETRIES);
    }

    /** @return topic of the acknowledgements. */
    public String replyTopic() {
        return getString(REPLY_TOPIC);
    }

    /** @return bootstrap servers of the reply producer. */
    public List<String> replyBootstrapServers() {
        return getList(REPLY_BOOTSTRAP_SERVERS);
    }

    /** @return converter class for acknowledgement values. */
    public Class<?> replyValueConverter() {
        return getClass(REPLY_VALUE_CONVERTER);
    }

    /** @return {@code reply.value.converter.*} properties with the prefix removed. */
    public Map<String, String> replyValueConverterProps() {
        return replyConverterProps;
    }

    /** @return {@code reply.producer.*} properties with the prefix removed. */
    public Map<String, Object> replyProducerProps() {
        return originalsWithPrefix(REPLY_PRODUCER_PREFIX);
    }

    /** @return whether redelivered commands are looked up in the reply topic before sending. */
    public boolean replyHistoryLookup() {
        return getBoolean(REPLY_HISTORY_LOOKUP);
    }

    /** @return max command age; {@link Duration#ZERO} = no limit. */
    public Duration commandMaxAge() {
        return Duration.ofMillis(getLong(COMMAND_MAX_AGE_MS));
    }

    /** @return shared HMAC key, or {@code null} when command authentication is off. */
    public Password commandHmacKey() {
        return getPassword(COMMAND_HMAC_KEY);
    }

    /** @return header carrying the hex HMAC-SHA256 of the record value. */
    public String commandHmacHeader() {
        return getString(COMMAND_HMAC_HEADER);
    }

    /** @return allowed symbols; empty = any. */
    public Set<String> guardSymbols() {
        return Set.copyOf(getList(GUARD_SYMBOLS));
    }

    /** @return allowed order types. */
    public Set<String> guardOrderTypes() {
        return Set.copyOf(getList(GUARD_ORDER_TYPES));
    }

    /** @return raw {@code SYMBOL:LIMIT} entries of {@link #GUARD_MAX_QTY} (base currency). */
    public List<String> guardMaxQty() {
        return getList(GUARD_MAX_QTY);
    }

    /** @return raw {@code SYMBOL:LIMIT} entries of {@link #GUARD_MAX_NOTIONAL} (quote currency). */
    public List<String> guardMaxNotional() {
        return getList(GUARD_MAX_NOTIONAL);
    }
}
