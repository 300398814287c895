package com.kafkaconnectkraken.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

import com.kafkaconnectkraken.client.KrakenEndpoints;
import com.kafkaconnectkraken.simulator.KrakenSimulator;

/**
 * Connector properties that point the Kraken source or sink connector at a running {@link KrakenSimulator}
 * instead of Kraken's production endpoints. Keys are the connectors' own
 * ({@code KrakenSourceConnectorConfig} / {@code KrakenSinkConnectorConfig}).
 *
 * <pre>{@code
 * Map<String, String> config = new HashMap<>(SimulatorConnectorConfig.endpoints(simulator));
 * config.putAll(SimulatorConnectorConfig.credentials(apiKey, apiSecret));
 * }</pre>
 */
public final class SimulatorConnectorConfig {

    /** Public market-data WebSocket v2 URL key. */
    public static final String WS_PUBLIC_URL = "kraken.ws.public.url";
    /** Authenticated WebSocket v2 URL key (private channels and trading). */
    public static final String WS_PRIVATE_URL = "kraken.ws.private.url";
    /** Level 3 WebSocket v2 URL key. */
    public static final String WS_L3_URL = "kraken.ws.l3.url";
    /** REST base URL key ({@code /0/public/*}, {@code /0/private/*} below it). */
    public static final String REST_URL = "kraken.rest.url";
    /** API key property. */
    public static final String API_KEY = "kraken.api.key";
    /** API secret property (base64, as Kraken issues it). */
    public static final String API_SECRET = "kraken.api.secret";

    private SimulatorConnectorConfig() {
    }

    /**
     * All four endpoint URLs of a started simulator, for the source connector.
     *
     * @param simulator a started simulator (its port is bound)
     * @return {@code kraken.ws.public.url}, {@code kraken.ws.private.url}, {@code kraken.ws.l3.url},
     *         {@code kraken.rest.url}
     */
    public static Map<String, String> endpoints(KrakenSimulator simulator) {
        return endpoints(simulator.endpoints());
    }

    /**
     * All four endpoint URLs.
     *
     * @param endpoints Kraken endpoints, e.g. {@link KrakenSimulator#endpoints()}
     * @return the four URL properties
     */
    public static Map<String, String> endpoints(KrakenEndpoints endpoints) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(WS_PUBLIC_URL, endpoints.publicWs().toString());
        props.put(WS_PRIVATE_URL, endpoints.privateWs().toString());
        props.put(WS_L3_URL, endpoints.level3Ws().toString());
        props.put(REST_URL, endpoints.rest().toString());
        return props;
    }

    /**
     * The two URLs the sink connector uses: the authenticated WebSocket and REST (for the WS token).
     *
     * @param simulator a started simulator
     * @return {@code kraken.ws.private.url} and {@code kraken.rest.url}
     */
    public static Map<String, String> tradingEndpoints(KrakenSimulator simulator) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(WS_PRIVATE_URL, simulator.privateWs().toString());
        props.put(REST_URL, simulator.rest().toString());
        return props;
    }

    /**
     * API credentials of a simulator account. The returned map holds the secret: never log it.
     *
     * @param apiKey          the account's public API key
     * @param apiSecretBase64 the account's base64 API secret
     * @return {@code kraken.api.key} and {@code kraken.api.secret}
     */
    public static Map<String, String> credentials(String apiKey, String apiSecretBase64) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(API_KEY, apiKey);
        props.put(API_SECRET, apiSecretBase64);
        return props;
    }
}
