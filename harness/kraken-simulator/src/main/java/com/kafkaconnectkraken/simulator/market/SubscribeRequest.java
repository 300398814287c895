package com.kafkaconnectkraken.simulator.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.spot.protocol.SpotEndpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The validated {@code params} of a {@code subscribe} or {@code unsubscribe} request
 * (docs/protocol/kraken-spot.md §1.2, 2.x).
 *
 * @param channel      the channel
 * @param symbols      requested symbols in request order (empty for instrument)
 * @param size         depth (book, level3) or interval in minutes (ohlc); 0 otherwise
 * @param snapshot     whether a snapshot follows the ack
 * @param eventTrigger ticker {@code event_trigger}: {@code trades} (default) or {@code bbo}
 * @param token        {@code params.token} (level3), or {@code null}
 */
record SubscribeRequest(SpotChannel channel, List<String> symbols, int size, boolean snapshot, String eventTrigger,
                        String token) {

    private static final String INVALID = "EGeneral:Invalid arguments";

    /**
     * Parses and validates {@code params}.
     *
     * @throws RequestException with the Kraken error string if a parameter is missing or invalid
     */
    static SubscribeRequest parse(JsonNode params) throws RequestException {
        if (params == null || !params.isObject()) {
            throw new RequestException(INVALID + ":params");
        }
        String name = params.path("channel").asText("");
        SpotChannel channel = SpotChannel.find(name).filter(SubscribeRequest::isMarketData)
                .orElseThrow(() -> new RequestException(INVALID + ":channel " + name + " not supported here"));
        List<String> symbols = channel.perSymbol() ? symbols(params.get("symbol")) : List.of();
        int size = size(channel, params);
        boolean snapshot = params.path("snapshot").asBoolean(channel.snapshotByDefault());
        String trigger = params.path("event_trigger").asText("trades");
        if (!trigger.equals("trades") && !trigger.equals("bbo")) {
            throw new RequestException(INVALID + ":event_trigger");
        }
        JsonNode token = params.get("token");
        return new SubscribeRequest(channel, symbols, size, snapshot, trigger, token == null ? null : token.asText());
    }

    private static List<String> symbols(JsonNode node) throws RequestException {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new RequestException(INVALID + ":symbol");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode s : node) {
            if (!s.isTextual()) {
                throw new RequestException(INVALID + ":symbol");
            }
            out.add(s.asText());
        }
        return out;
    }

    private static int size(SpotChannel channel, JsonNode params) throws RequestException {
        String field = channel.sizeParam().orElse("");
        JsonNode node = params.get(field);
        if (channel.sizes().isEmpty() || node == null) {
            return channel.sizes().isEmpty() ? 0 : channel.sizes().get(0);
        }
        if (!node.canConvertToInt() || !channel.sizes().contains(node.asInt())) {
            throw new RequestException(INVALID + ":" + field);
        }
        return node.asInt();
    }

    /** @return whether the market service serves the channel (public and level3 data, not account channels) */
    private static boolean isMarketData(SpotChannel channel) {
        return channel.endpoint().filter(endpoint -> endpoint != SpotEndpoint.PRIVATE).isPresent();
    }
}
