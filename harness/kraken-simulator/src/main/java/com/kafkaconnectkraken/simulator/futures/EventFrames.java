package com.kafkaconnectkraken.simulator.futures;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.util.List;

/**
 * The {@code event} frames of Kraken Futures WebSocket v1 (https://docs.kraken.com/api/docs/guides/futures-websockets,
 * https://docs.kraken.com/api/docs/futures-api/websocket/challenge; docs/protocol/kraken-futures.md) and the error and
 * alert texts the simulator answers with.
 */
final class EventFrames {

    /** Unparsable JSON, or a JSON value that is not an object, or a challenge without {@code api_key}. */
    static final String JSON_ERROR = "Json Error";
    /** A product id that is not served, or a product feed without a non-empty {@code product_ids}. */
    static final String INVALID_PRODUCT = "Invalid product id";
    /** A missing or unknown {@code feed}. */
    static final String INVALID_FEED = "Invalid feed";
    /** An object without a known {@code event} (sent as an alert). */
    static final String BAD_MESSAGE = "Bad websocket message";
    /** A private (un)subscribe whose challenge or signature does not check out (sent as an alert). */
    static final String AUTH_FAILED = "Failed to subscribe to authenticated feed";

    private EventFrames() {
    }

    /** @return {@code {"event":"info","version":1}} */
    static ObjectNode info() {
        ObjectNode frame = event("info");
        frame.put("version", 1);
        return frame;
    }

    /** @return {@code {"event":"subscribed"|"unsubscribed","feed":F[,"product_ids":[...]]}} (no ids when empty) */
    static ObjectNode publicAck(String event, FuturesFeed feed, List<String> productIds) {
        ObjectNode frame = event(event);
        frame.put("feed", feed.wireName());
        if (!productIds.isEmpty()) {
            ArrayNode ids = frame.putArray("product_ids");
            productIds.forEach(ids::add);
        }
        return frame;
    }

    /** @return the private ack, echoing {@code api_key}, {@code original_challenge} and {@code signed_challenge} */
    static ObjectNode privateAck(String event, FuturesRequest request) {
        ObjectNode frame = event(event);
        frame.put("feed", request.feed().wireName());
        frame.put("api_key", request.apiKey());
        frame.put("original_challenge", request.originalChallenge());
        frame.put("signed_challenge", request.signedChallenge());
        return frame;
    }

    /** @return {@code {"event":"challenge","message":uuid}} */
    static ObjectNode challenge(String message) {
        ObjectNode frame = event("challenge");
        frame.put("message", message);
        return frame;
    }

    /** @return {@code {"event":"error","message":message}} */
    static ObjectNode error(String message) {
        ObjectNode frame = event("error");
        frame.put("message", message);
        return frame;
    }

    /** @return {@code {"event":"alert","message":message}} */
    static ObjectNode alert(String message) {
        ObjectNode frame = event("alert");
        frame.put("message", message);
        return frame;
    }

    private static ObjectNode event(String event) {
        ObjectNode frame = FuturesJson.object();
        frame.put("event", event);
        return frame;
    }
}
