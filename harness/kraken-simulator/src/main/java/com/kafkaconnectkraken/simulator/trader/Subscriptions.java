package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The subscription messages of docs/protocol/trader-api.md §3 and their acknowledgements (§4):
 * {@code subscribe}/{@code unsubscribe} {@code {symbols, events}} echoed as {@code subscribed}/{@code unsubscribed}
 * with the same payload; {@code depthSubscribe} {@code {symbol, depth?}} (depth 1..{@value #MAX_DEPTH}, default
 * {@value #DEFAULT_DEPTH}) acknowledged {@code subscribed} {@code {symbol, depth}} then a first {@code depthEvent};
 * {@code depthUnsubscribe} {@code {symbol}} acknowledged {@code unsubscribed} {@code {symbol}};
 * {@code metricsSubscribe} {@code {accountId}} acknowledged {@code subscribed} {@code {accountId}} then a first
 * {@code metricsEvent}. A request naming any unknown symbol is refused as a whole ({@code INVALID_SYMBOL}), an unknown
 * event or a missing or empty list with {@code INVALID_REQUEST}, an account the user does not own with
 * {@code UNKNOWN_ACCOUNT}. Unsubscribing what is not subscribed is acknowledged too.
 */
final class Subscriptions {

    static final int DEFAULT_DEPTH = 10;
    static final int MAX_DEPTH = 50;

    private final OrderParsing symbols;
    private final TraderBroker broker;

    Subscriptions(OrderParsing symbols, TraderBroker broker) {
        this.symbols = symbols;
        this.broker = broker;
    }

    void subscribe(TraderSession session, JsonNode payload, boolean subscribe) {
        List<String> symbolList = list(payload, "symbols");
        List<String> events = list(payload, "events");
        for (String symbol : symbolList) {
            symbols.symbol(TraderJson.object().put("symbol", symbol), "symbol");
        }
        for (String event : events) {
            if (!TraderSession.EVENTS.contains(event)) {
                throw Payloads.invalid("unknown event " + event + " (known: " + TraderSession.EVENTS + ")");
            }
        }
        for (String symbol : symbolList) {
            for (String event : events) {
                if (subscribe) {
                    session.subscribe(symbol, event);
                } else {
                    session.unsubscribe(symbol, event);
                }
            }
        }
        ObjectNode ack = TraderJson.object();
        symbolList.forEach(ack.putArray("symbols")::add);
        events.forEach(ack.putArray("events")::add);
        session.send(TraderJson.envelope(subscribe ? "subscribed" : "unsubscribed", ack));
    }

    private static List<String> list(JsonNode payload, String field) {
        JsonNode node = payload.get(field);
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw Payloads.invalid(field + " must be a non-empty array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : (ArrayNode) node) {
            if (!value.isTextual()) {
                throw Payloads.invalid(field + " must be a non-empty array of strings");
            }
            values.add(value.asText());
        }
        return values;
    }

    void depthSubscribe(TraderSession session, JsonNode payload) {
        String symbol = symbols.symbol(payload, "symbol").symbol();
        int depth = Payloads.integer(payload, "depth", 1, MAX_DEPTH, DEFAULT_DEPTH);
        session.send(TraderJson.envelope("subscribed", TraderJson.object().put("symbol", symbol).put("depth", depth)));
        synchronized (broker) {
            session.depth(symbol, depth);
            session.send(broker.depthFrame(symbol, depth));
        }
    }

    void depthUnsubscribe(TraderSession session, JsonNode payload) {
        String symbol = symbols.symbol(payload, "symbol").symbol();
        session.noDepth(symbol);
        session.send(TraderJson.envelope("unsubscribed", TraderJson.object().put("symbol", symbol)));
    }

    void metricsSubscribe(TraderSession session, JsonNode payload) {
        String accountId = Payloads.text(payload, "accountId", true);
        synchronized (broker) {
            broker.owned(session, accountId);
            session.send(TraderJson.envelope("subscribed", TraderJson.object().put("accountId", accountId)));
            session.metrics(accountId);
            broker.publishMetrics(accountId);
        }
    }
}
