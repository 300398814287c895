package com.kafkaconnectkraken.connect;

import static com.kafkaconnectkraken.connect.KrakenConnectionConfig.API_KEY;
import static com.kafkaconnectkraken.connect.KrakenConnectionConfig.API_SECRET;
import static com.kafkaconnectkraken.connect.KrakenConnectionConfig.REST_URL;
import static com.kafkaconnectkraken.connect.KrakenConnectionConfig.WS_L3_URL;
import static com.kafkaconnectkraken.connect.KrakenConnectionConfig.WS_PRIVATE_URL;
import static com.kafkaconnectkraken.connect.KrakenConnectionConfig.WS_PUBLIC_URL;

import com.kafkaconnectkraken.client.KrakenEndpoints;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.client.rest.KrakenRestClientBuilder;
import com.kafkaconnectkraken.client.ws.TokenProvider;
import java.net.URI;
import java.util.function.Function;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.types.Password;

/**
 * A connector's parsed {@link KrakenConnectionConfig} values, and the Kraken clients built from
 * them: a REST client holding the credentials, and the WebSocket token source on top of it
 * (REST {@code GetWebSocketsToken}, https://docs.kraken.com/api/docs/rest-api/get-websockets-token).
 * {@link #toString()} never shows the credentials.
 */
public final class KrakenConnection {

    private final KrakenEndpoints endpoints;
    private final Password apiKey;
    private final Password apiSecret;

    private KrakenConnection(KrakenEndpoints endpoints, Password apiKey, Password apiSecret) {
        this.endpoints = endpoints;
        this.apiKey = apiKey;
        this.apiSecret = apiSecret;
    }

    /**
     * Reads the group from a config built on a {@code ConfigDef} that
     * {@link KrakenConnectionConfig#define} filled. URLs of a profile without public and level3
     * WebSocket keys are Kraken production ones (unused by such a connector).
     *
     * @param config the connector's parsed config
     * @return the typed values
     * @throws org.apache.kafka.common.config.ConfigException if the private URL, REST URL or a credential key is not defined
     */
    public static KrakenConnection from(AbstractConfig config) {
        KrakenEndpoints prod = KrakenEndpoints.production();
        Function<String, URI> url = key -> URI.create(config.getString(key));
        boolean all = config.values().containsKey(WS_PUBLIC_URL) && config.values().containsKey(WS_L3_URL);
        KrakenEndpoints endpoints = new KrakenEndpoints(all ? url.apply(WS_PUBLIC_URL) : prod.publicWs(),
                url.apply(WS_PRIVATE_URL), all ? url.apply(WS_L3_URL) : prod.level3Ws(), url.apply(REST_URL));
        return new KrakenConnection(endpoints, config.getPassword(API_KEY), config.getPassword(API_SECRET));
    }

    /** @return the WebSocket v2 and REST URLs */
    public KrakenEndpoints endpoints() {
        return endpoints;
    }

    /** @return the API key, or {@code null} when unset; never log its value */
    public Password apiKey() {
        return apiKey;
    }

    /** @return the Base64 API secret, or {@code null} when unset; never log its value */
    public Password apiSecret() {
        return apiSecret;
    }

    /** @return whether both API key and secret are set and not blank */
    public boolean hasCredentials() {
        return isSet(apiKey) && isSet(apiSecret);
    }

    /**
     * Starts a REST client on {@code kraken.rest.url} with the credentials when both are set
     * (without them only public calls work); the caller adds pacing, its own OkHttp client and so
     * on, then builds and closes it.
     *
     * @return the builder
     * @throws IllegalArgumentException if the key or secret is set but blank, or the secret is not
     *                                  Base64 (the message does not repeat them)
     */
    public KrakenRestClientBuilder restClient() {
        KrakenRestClientBuilder builder = KrakenRestClient.builder(endpoints.rest());
        return apiKey != null && apiSecret != null ? builder.credentials(apiKey.value(), apiSecret.value()) : builder;
    }

    /**
     * The token source of an authenticated WebSocket session: a fresh token from REST
     * {@code GetWebSocketsToken} on every (re)connect.
     *
     * @param rest a client with credentials (see {@link #restClient()})
     * @return the provider; it throws {@code KrakenApiException} when Kraken refuses the call
     */
    public static TokenProvider wsTokens(KrakenRestClient rest) {
        return () -> rest.webSocketsToken().token();
    }

    private static boolean isSet(Password password) {
        return password != null && !password.value().isBlank();
    }

    @Override
    public String toString() {
        return "KrakenConnection[" + endpoints + ", credentials=" + (hasCredentials() ? "set" : "unset") + "]";
    }
}
