package com.kafkaconnectkraken.source.config;

import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.connect.WsSessionKeys;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * What every streaming source connector of the plugin configures alike (Kraken Spot, Kraken Futures): the
 * WebSocket session, reconnect backoff and the task's record queue and poll, under the same keys
 * ({@link #WS_CONNECT_TIMEOUT_MS} and siblings, defined once by
 * {@code SourceConfigDef.resilience}).
 */
public abstract class StreamingSourceConfig extends AbstractConfig {

    public static final String WS_CONNECT_TIMEOUT_MS = "ws.connect.timeout.ms";
    public static final String WS_REQUEST_TIMEOUT_MS = WsSessionKeys.WS_REQUEST_TIMEOUT_MS;
    public static final String WS_PING_INTERVAL_MS = "ws.ping.interval.ms";
    public static final String WS_STALE_TIMEOUT_MS = "ws.stale.timeout.ms";
    public static final String WS_MAX_REQUESTS_PER_SECOND = "ws.max.requests.per.second";
    public static final String RECONNECT_BACKOFF_MS = WsSessionKeys.RECONNECT_BACKOFF_MS;
    public static final String RECONNECT_BACKOFF_MAX_MS = WsSessionKeys.RECONNECT_BACKOFF_MAX_MS;
    public static final String QUEUE_CAPACITY = "queue.capacity";
    public static final String POLL_MAX_RECORDS = "poll.max.records";
    public static final String POLL_TIMEOUT_MS = "poll.timeout.ms";

    /**
     * @param definition the connector's definition, including the resilience keys
     * @param props      connector or task properties
     */
    protected StreamingSourceConfig(ConfigDef definition, Map<String, String> props) {
        super(definition, props, false);
    }

    /**
     * @param uri  the endpoint
     * @param name the session name in logs and thread names, e.g. {@code public}
     * @return the session settings of one WebSocket connection; the first connection is retried with the reconnect
     *     backoff while the exchange is unreachable
     */
    public KrakenWsConfig wsConfig(URI uri, String name) {
        return KrakenWsConfig.builder(uri).name(name).connectTimeout(wsConnectTimeout())
                .requestTimeout(wsRequestTimeout()).pingInterval(wsPingInterval())
                .staleTimeout(wsStaleTimeout())
                .reconnectBackoff(reconnectBackoff(), reconnectBackoffMax(), 2.0)
                .maxRequestsPerSecond(wsMaxRequestsPerSecond())
                // an exchange unreachable at task start is retried like a reconnect: the task stays RUNNING
                .retryFirstConnect(true).build();
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

    /** Ceiling of the first reconnect (and resubscribe) delay. */
    public Duration reconnectBackoff() {
        return Duration.ofMillis(getLong(RECONNECT_BACKOFF_MS));
    }

    /** Cap of the reconnect delay ceiling. */
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
}
