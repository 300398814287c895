package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.transport.ClientConnection;
import com.kafkaconnectkraken.simulator.transport.WsEndpoint;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Trader WebSocket endpoint ({@code wss://<trader-host>/api/v1/ws?token=<JWT>}, simulator path
 * {@code /api/v1/ws}; docs/protocol/trader-api.md). The token is verified on connect: a missing, malformed, forged or
 * unknown-user token is accepted at the WebSocket level and closed at once with 1008 {@code invalid token}, an expired
 * one with 1008 {@code token expired} (§1.2). Messages are {@code {"type", "payload"}} envelopes (§2); text that is not
 * a JSON object with a string {@code type}, a non-object {@code payload} or an unknown type is answered with
 * {@code error} {@code INVALID_REQUEST}. Keep-alive and token expiry while connected: {@link KeepAlive}.
 */
final class TraderEndpoint implements WsEndpoint {

    private static final Logger log = LoggerFactory.getLogger(TraderEndpoint.class);
    /** Close code for a refused or expired token and for a missing pong (policy violation). */
    static final int POLICY_VIOLATION = 1008;
    private static final Set<String> TRADING = Set.of("createOrder", "cancelOrder", "amendOrder", "closePosition",
            "amendPosition");

    private final TraderSessions sessions;
    private final TraderTokens tokens;
    private final TraderUsers users;
    private final TraderBroker broker;
    private final OrderParsing parsing;
    private final Subscriptions subscriptions;
    private final TraderHooks hooks;
    private final TraderCounters counters;

    TraderEndpoint(TraderSessions sessions, TraderTokens tokens, TraderUsers users, TraderBroker broker,
                   OrderParsing parsing, TraderHooks hooks, TraderCounters counters) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.users = users;
        this.broker = broker;
        this.parsing = parsing;
        this.subscriptions = new Subscriptions(parsing, broker);
        this.hooks = hooks;
        this.counters = counters;
    }

    @Override
    public void onOpen(ClientConnection connection) {
        List<String> token = connection.requestParameters().getOrDefault("token", List.of());
        TraderTokens.Verified verified;
        try {
            verified = tokens.verify(token.isEmpty() ? null : token.get(0));
            if (!users.exists(verified.username())) {
                throw new TraderTokens.Refused(TraderTokens.INVALID);
            }
        } catch (TraderTokens.Refused e) {
            counters.connection(false);
            log.debug("Trader connection {} refused: {}", Long.toUnsignedString(connection.id()), e.getMessage());
            connection.close(POLICY_VIOLATION, e.getMessage());
            return;
        }
        counters.connection(true);
        sessions.add(new TraderSession(connection, verified, System.nanoTime()));
    }

    @Override
    public void onText(ClientConnection connection, String text) {
        TraderSession session = sessions.get(connection.id());
        if (session == null) {
            return;
        }
        JsonNode frame;
        try {
            frame = TraderJson.mapper().readTree(text);
        } catch (IOException e) {
            frame = null;
        }
        String type = frame != null && frame.path("type").isTextual() ? frame.get("type").asText() : null;
        if (type != null) {
            counters.message(type);
        }
        JsonNode payload = frame == null ? null : frame.path("payload").isMissingNode() ? TraderJson.object() : frame.get("payload");
        if (type == null || !payload.isObject()) {
            broker.act(session, false, () -> {
                throw Payloads.invalid("a message is {\"type\": string, \"payload\": object}");
            });
            return;
        }
        if (TRADING.contains(type) && hooks.takeWithholdAction()) {
            log.debug("Trader action {} on {} dropped (withheld)", type, session);
            return;
        }
        boolean withhold = TRADING.contains(type) && hooks.takeWithholdReply();
        broker.act(session, withhold, () -> dispatch(session, type, payload));
    }

    private void dispatch(TraderSession session, String type, JsonNode payload) {
        switch (type) {
            case "subscribe" -> subscriptions.subscribe(session, payload, true);
            case "unsubscribe" -> subscriptions.subscribe(session, payload, false);
            case "depthSubscribe" -> subscriptions.depthSubscribe(session, payload);
            case "depthUnsubscribe" -> subscriptions.depthUnsubscribe(session, payload);
            case "metricsSubscribe" -> subscriptions.metricsSubscribe(session, payload);
            case "createOrder" -> broker.createOrder(session, parsing.createOrder(payload));
            case "cancelOrder" -> broker.cancelOrder(session, Payloads.text(payload, "accountId", true),
                    Payloads.text(payload, "orderId", true));
            case "amendOrder" -> broker.amendOrder(session, Payloads.text(payload, "accountId", true),
                    Payloads.text(payload, "orderId", true), OrderAmendment.parse(payload));
            case "closePosition" -> broker.closePosition(session, Payloads.text(payload, "accountId", true),
                    Payloads.text(payload, "positionId", true), Payloads.quantity(payload, "quantity", false));
            case "amendPosition" -> broker.amendPosition(session, Payloads.text(payload, "accountId", true),
                    Payloads.text(payload, "positionId", true), PositionAmendment.parse(payload));
            case HistoryReplies.ORDERS, HistoryReplies.POSITIONS, HistoryReplies.DEALS ->
                    broker.history(session, type, HistoryQuery.parse(payload, parsing));
            default -> throw Payloads.invalid("unknown message type: " + type);
        }
    }

    @Override
    public void onPong(ClientConnection connection) {
        TraderSession session = sessions.get(connection.id());
        if (session != null) {
            session.pong();
        }
    }

    @Override
    public boolean answersPing(ClientConnection connection) {
        return !hooks.ignoreClientPings();
    }

    @Override
    public void onClose(ClientConnection connection) {
        sessions.remove(connection.id());
    }
}
