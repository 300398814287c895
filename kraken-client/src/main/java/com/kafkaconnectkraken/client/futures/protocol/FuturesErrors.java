package com.kafkaconnectkraken.client.futures.protocol;

import com.kafkaconnectkraken.client.ErrorClass;
import java.util.Map;

/**
 * Kraken Futures WebSocket v1's error table: the {@code message} of {@code error} and {@code alert} events
 * and what it means (docs/protocol/kraken-futures.md; https://docs.kraken.com/api/docs/futures-api/websocket/errors).
 * {@code Failed to subscribe to authenticated feed} is a credentials problem (FATAL); a bad product id, a
 * malformed request and any text not in the table are REJECTED with the text kept by the caller. The events
 * carry no request id: an error answers the last request sent on that connection [INFERRED], which is why
 * the session sends one request at a time.
 */
public final class FuturesErrors {

    private static final Map<String, ErrorClass> TABLE = Map.of(
            "Invalid product id", ErrorClass.REJECTED,
            "Json Error", ErrorClass.REJECTED,
            "Bad websocket message", ErrorClass.REJECTED,
            "Invalid feed", ErrorClass.REJECTED,
            "Failed to subscribe to authenticated feed", ErrorClass.FATAL,
            "Unauthorized", ErrorClass.FATAL);

    private FuturesErrors() {
    }

    /**
     * @param message the event's {@code message}, may be {@code null}
     * @return its class; {@link ErrorClass#REJECTED} for texts not in the table
     */
    public static ErrorClass classify(String message) {
        return message == null ? ErrorClass.REJECTED : TABLE.getOrDefault(message.trim(), ErrorClass.REJECTED);
    }
}
