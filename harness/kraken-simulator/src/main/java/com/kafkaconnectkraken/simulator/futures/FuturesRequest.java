package com.kafkaconnectkraken.simulator.futures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.util.ArrayList;
import java.util.List;

/**
 * One validated client request on {@code /ws/v1} (https://docs.kraken.com/api/docs/guides/futures-websockets,
 * https://docs.kraken.com/api/docs/futures-api/websocket/challenge; docs/protocol/kraken-futures.md):
 * {@code {"event":"challenge","api_key":K}} or {@code {"event":"subscribe"|"unsubscribe","feed":F,...}}. Whether the
 * product ids are served and the challenge checks out is decided by the endpoint, not here.
 *
 * @param event             {@value #CHALLENGE}, {@value #SUBSCRIBE} or {@value #UNSUBSCRIBE}
 * @param feed              the feed ({@code null} for a challenge)
 * @param productIds        the product ids in request order (product feeds: non-empty; others: empty, ignored)
 * @param apiKey            {@code api_key}, or {@code null}
 * @param originalChallenge {@code original_challenge}, or {@code null}
 * @param signedChallenge   {@code signed_challenge}, or {@code null}
 */
record FuturesRequest(String event, FuturesFeed feed, List<String> productIds, String apiKey, String originalChallenge,
                      String signedChallenge) {

    static final String CHALLENGE = "challenge";
    static final String SUBSCRIBE = "subscribe";
    static final String UNSUBSCRIBE = "unsubscribe";

    /**
     * Parses one text frame.
     *
     * @throws RequestRejected with {@link EventFrames#JSON_ERROR} for text that is not a JSON object or a challenge
     *                         without {@code api_key}; the alert {@link EventFrames#BAD_MESSAGE} for an object without
     *                         a known {@code event}; {@link EventFrames#INVALID_FEED} for a missing or unknown feed;
     *                         {@link EventFrames#INVALID_PRODUCT} for a product feed without a non-empty array of
     *                         text {@code product_ids}
     */
    static FuturesRequest parse(String text) throws RequestRejected {
        JsonNode node;
        try {
            node = FuturesJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw RequestRejected.error(EventFrames.JSON_ERROR);
        }
        if (node == null || !node.isObject()) {
            throw RequestRejected.error(EventFrames.JSON_ERROR);
        }
        String event = text(node, "event");
        if (CHALLENGE.equals(event)) {
            String apiKey = text(node, "api_key");
            if (apiKey == null || apiKey.isEmpty()) {
                throw RequestRejected.error(EventFrames.JSON_ERROR);
            }
            return new FuturesRequest(event, null, List.of(), apiKey, null, null);
        }
        if (!SUBSCRIBE.equals(event) && !UNSUBSCRIBE.equals(event)) {
            throw RequestRejected.alert(EventFrames.BAD_MESSAGE);
        }
        String name = text(node, "feed");
        FuturesFeed feed = FuturesFeed.find(name == null ? "" : name)
                .orElseThrow(() -> RequestRejected.error(EventFrames.INVALID_FEED));
        List<String> ids = feed.perProduct() ? productIds(node.get("product_ids")) : List.of();
        return new FuturesRequest(event, feed, ids, text(node, "api_key"), text(node, "original_challenge"),
                text(node, "signed_challenge"));
    }

    /** @return {@code subscribed} or {@code unsubscribed} */
    String ackEvent() {
        return event + "d";
    }

    private static List<String> productIds(JsonNode node) throws RequestRejected {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw RequestRejected.error(EventFrames.INVALID_PRODUCT);
        }
        List<String> ids = new ArrayList<>(node.size());
        for (JsonNode id : node) {
            if (!id.isTextual()) {
                throw RequestRejected.error(EventFrames.INVALID_PRODUCT);
            }
            ids.add(id.asText());
        }
        return List.copyOf(ids);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
