package com.kafkaconnectkraken.client.spot.protocol;

import com.kafkaconnectkraken.client.KrakenEndpoints;
import java.net.URI;

/**
 * The three Kraken Spot WebSocket v2 endpoints a channel can live on
 * (https://docs.kraken.com/api/docs/guides/spot-ws-intro, docs/protocol/kraken-spot.md §1.1).
 */
public enum SpotEndpoint {
    /** {@code wss://ws.kraken.com/v2}: public market data, no token. */
    PUBLIC,
    /** {@code wss://ws-auth.kraken.com/v2}: private channels and trading, token in every request. */
    PRIVATE,
    /** {@code wss://ws-l3.kraken.com/v2}: the order-by-order book, token required. */
    LEVEL3;

    /**
     * @param endpoints the configured base URLs
     * @return this endpoint's URL among them
     */
    public URI uri(KrakenEndpoints endpoints) {
        return switch (this) {
            case PUBLIC -> endpoints.publicWs();
            case PRIVATE -> endpoints.privateWs();
            case LEVEL3 -> endpoints.level3Ws();
        };
    }

    /** @return whether requests on this endpoint carry {@code params.token} */
    public boolean requiresToken() {
        return this != PUBLIC;
    }
}
