package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.trader.protocol.TraderAction;
import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import java.util.List;
import java.util.Objects;

/**
 * One Trader API subscription (docs/protocol/trader-api.md §3); a {@link TraderWsSession} restores each after a
 * reconnect.
 */
public sealed interface TraderSubscription {

    /** @return the subscribe action */
    TraderAction action();

    /** @return the subscribe payload */
    ObjectNode payload();

    /**
     * @param message a server message
     * @return whether it acknowledges this subscription: its {@code subscribed} echo, or [ASSUMED, tolerant] the
     *     first data event it subscribed
     */
    boolean acknowledgedBy(JsonNode message);

    /**
     * {@code subscribe {symbols, events}}.
     *
     * @param symbols e.g. {@code [EURUSD]}
     * @param events  subscribable events ({@link TraderMessageType#subscribable()})
     */
    record Events(List<String> symbols, List<TraderMessageType> events) implements TraderSubscription {

        /** @throws IllegalArgumentException when empty or an event is not subscribable */
        public Events {
            symbols = List.copyOf(symbols);
            events = List.copyOf(events);
            if (symbols.isEmpty() || events.isEmpty() || !events.stream().allMatch(TraderMessageType::subscribable)) {
                throw new IllegalArgumentException("subscribe needs symbols and subscribable events, got " + events);
            }
        }

        @Override
        public TraderAction action() {
            return TraderAction.SUBSCRIBE;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode payload = KrakenJson.mapper().createObjectNode();
            symbols.forEach(payload.putArray("symbols")::add);
            events.forEach(e -> payload.withArray("events").add(e.wireName()));
            return payload;
        }

        @Override
        public boolean acknowledgedBy(JsonNode message) {
            return TraderMessageType.SUBSCRIBED.wireName().equals(message.path("type").asText());
        }
    }

    /**
     * {@code depthSubscribe {symbol, depth}}.
     *
     * @param symbol e.g. {@code EURUSD}
     * @param depth  levels per side (&gt;= 1), or {@code null} for the server's default
     */
    record Depth(String symbol, Integer depth) implements TraderSubscription {

        /** @throws IllegalArgumentException for a depth below 1 */
        public Depth {
            Objects.requireNonNull(symbol, "symbol");
            if (depth != null && depth < 1) {
                throw new IllegalArgumentException("depth must be >= 1, was " + depth);
            }
        }

        @Override
        public TraderAction action() {
            return TraderAction.DEPTH_SUBSCRIBE;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode payload = KrakenJson.mapper().createObjectNode().put("symbol", symbol);
            return depth == null ? payload : payload.put("depth", depth);
        }

        @Override
        public boolean acknowledgedBy(JsonNode message) {
            String type = message.path("type").asText();
            return (TraderMessageType.SUBSCRIBED.wireName().equals(type) || TraderMessageType.DEPTH_EVENT.wireName().equals(type))
                    && symbol.equals(message.path("payload").path("symbol").asText());
        }
    }

    /**
     * {@code metricsSubscribe {accountId}}.
     *
     * @param accountId e.g. {@code acc_123}
     */
    record Metrics(String accountId) implements TraderSubscription {

        /** @throws NullPointerException for a null account */
        public Metrics {
            Objects.requireNonNull(accountId, "accountId");
        }

        @Override
        public TraderAction action() {
            return TraderAction.METRICS_SUBSCRIBE;
        }

        @Override
        public ObjectNode payload() {
            return KrakenJson.mapper().createObjectNode().put("accountId", accountId);
        }

        @Override
        public boolean acknowledgedBy(JsonNode message) {
            String type = message.path("type").asText();
            return (TraderMessageType.SUBSCRIBED.wireName().equals(type) || TraderMessageType.METRICS_EVENT.wireName().equals(type))
                    && accountId.equals(message.path("payload").path("accountId").asText());
        }
    }
}
