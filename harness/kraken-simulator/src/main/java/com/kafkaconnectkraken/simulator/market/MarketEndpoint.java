package com.kafkaconnectkraken.simulator.market;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.simulator.transport.ClientConnection;
import com.kafkaconnectkraken.simulator.transport.TokenVerifier;
import com.kafkaconnectkraken.simulator.transport.WsEndpoint;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A market-data WebSocket endpoint (public {@code /public/v2} or level3 {@code /l3/v2}):
 * {@code status} on connect, {@code ping}/{@code pong}, {@code subscribe}/{@code unsubscribe} with
 * one ack per symbol followed by the snapshot, and {@code heartbeat} about once a second while the
 * connection has a subscription (docs/protocol/kraken-spot.md §1.3, 1.4, 2.x).
 *
 * <p>Errors: unknown symbol {@code "Currency pair not supported"}; unsubscribing something not
 * subscribed {@code "Subscription Not Found"} with {@code method: "subscribe"} and the symbol, as
 * Kraken was observed to answer; bad parameters {@code "EGeneral:Invalid arguments:<param>"};
 * level3 without token {@code "EGeneral:Invalid arguments:token"}, with an invalid or expired
 * token {@code "ESession:Invalid session"}; unknown method {@code "Method not found"};
 * unparsable JSON {@code "EGeneral:Invalid arguments:malformed request"}.
 */
final class MarketEndpoint implements WsEndpoint {

    private static final class Session {
        final GatedConnection connection;
        final AtomicInteger subscriptions = new AtomicInteger();
        final Set<String> acceptedTokens = ConcurrentHashMap.newKeySet();

        Session(GatedConnection connection) {
            this.connection = connection;
        }
    }

    private final Set<SpotChannel> channels;
    private final MarketFeed feed;
    private final ChannelSubscriptions registry;
    private final MarketFaults faults;
    private final TokenVerifier tokens;
    private final ScheduledExecutorService scheduler;
    private final Map<Long, Session> sessions = new ConcurrentHashMap<>();

    /** @param tokens verifier for {@code params.token}, or {@code null} if no channel needs one */
    MarketEndpoint(Set<SpotChannel> channels, MarketFeed feed, ChannelSubscriptions registry, MarketFaults faults,
                   TokenVerifier tokens, ScheduledExecutorService scheduler) {
        this.channels = channels;
        this.feed = feed;
        this.registry = registry;
        this.faults = faults;
        this.tokens = tokens;
        this.scheduler = scheduler;
    }

    @Override
    public void onOpen(ClientConnection connection) {
        Session session = new Session(new GatedConnection(connection, faults));
        sessions.put(connection.id(), session);
        faults.register(connection);
        session.connection.send(Envelopes.status(connection.id()));
    }

    @Override
    public void onText(ClientConnection connection, String text) {
        Session session = sessions.get(connection.id());
        if (session == null) {
            return;
        }
        String timeIn = WireTime.nowMicros();
        JsonNode request;
        try {
            request = KrakenJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            session.connection.send(Envelopes.error(null, null, null, "EGeneral:Invalid arguments:malformed request", timeIn));
            return;
        }
        String method = request.path("method").asText("");
        JsonNode id = request.get("req_id");
        Long reqId = id != null && id.canConvertToLong() ? id.asLong() : null;
        switch (method) {
            case "ping" -> session.connection.send(Envelopes.pong(reqId, timeIn));
            case "subscribe" -> subscribe(session, request.get("params"), reqId, timeIn);
            case "unsubscribe" -> unsubscribe(session, request.get("params"), reqId, timeIn);
            default -> session.connection.send(Envelopes.error(method, reqId, null, "Method not found", timeIn));
        }
    }

    @Override
    public void onClose(ClientConnection connection) {
        Session session = sessions.remove(connection.id());
        faults.unregister(connection);
        if (session != null) {
            registry.removeAll(session.connection);
        }
    }

    /** Sends a heartbeat to every connection that has at least one subscription. */
    void heartbeat() {
        for (Session session : sessions.values()) {
            if (session.subscriptions.get() > 0) {
                session.connection.send(Envelopes.HEARTBEAT);
            }
        }
    }

    private void subscribe(Session session, JsonNode params, Long reqId, String timeIn) {
        SubscribeRequest request;
        try {
            request = parse(params);
            checkToken(session, request);
        } catch (RequestException e) {
            session.connection.send(Envelopes.error("subscribe", reqId, null, e.getMessage(), timeIn));
            return;
        }
        long delay = faults.subscribeAckDelayMillis();
        if (delay > 0) {
            scheduler.schedule(() -> subscribeSymbols(session, request, reqId, timeIn), delay, TimeUnit.MILLISECONDS);
        } else {
            subscribeSymbols(session, request, reqId, timeIn);
        }
    }

    private void subscribeSymbols(Session session, SubscribeRequest request, Long reqId, String timeIn) {
        for (String symbol : symbols(request)) {
            ChannelSubscription sub = new ChannelSubscription(session.connection, request.channel(), symbol, request.size(),
                    request.snapshot(), request.eventTrigger());
            if (request.channel().perSymbol() && !feed.supports(symbol)) {
                session.connection.send(Envelopes.error("subscribe", reqId, symbol, "Currency pair not supported", timeIn));
            } else if (registry.contains(sub)) {
                session.connection.send(Envelopes.error("subscribe", reqId, symbol, "Already subscribed", timeIn));
            } else {
                String ack = Envelopes.success("subscribe", reqId, timeIn, Acks.subscribed(sub));
                if (request.channel() == SpotChannel.INSTRUMENT) {
                    session.connection.send(ack);
                    if (sub.snapshot()) {
                        session.connection.send(InstrumentFrames.snapshot(feed.instruments()));
                    }
                    registry.add(sub);
                } else {
                    feed.subscribe(sub, ack);
                }
                session.subscriptions.incrementAndGet();
            }
        }
    }

    private void unsubscribe(Session session, JsonNode params, Long reqId, String timeIn) {
        SubscribeRequest request;
        try {
            request = parse(params);
        } catch (RequestException e) {
            session.connection.send(Envelopes.error("unsubscribe", reqId, null, e.getMessage(), timeIn));
            return;
        }
        for (String symbol : symbols(request)) {
            ChannelSubscription candidate = new ChannelSubscription(session.connection, request.channel(), symbol,
                    request.size(), request.snapshot(), request.eventTrigger());
            ChannelSubscription removed = request.channel() == SpotChannel.INSTRUMENT ? registry.remove(candidate)
                    : feed.unsubscribe(candidate);
            if (removed == null) {
                session.connection.send(Envelopes.error("subscribe", reqId, symbol, "Subscription Not Found", timeIn));
            } else {
                session.subscriptions.decrementAndGet();
                session.connection.send(Envelopes.success("unsubscribe", reqId, timeIn, Acks.unsubscribed(removed)));
            }
        }
    }

    private SubscribeRequest parse(JsonNode params) throws RequestException {
        SubscribeRequest request = SubscribeRequest.parse(params);
        if (!channels.contains(request.channel())) {
            throw new RequestException("EGeneral:Invalid arguments:channel " + request.channel().wireName()
                    + " is not served on this endpoint");
        }
        return request;
    }

    private void checkToken(Session session, SubscribeRequest request) throws RequestException {
        if (tokens == null) {
            return;
        }
        String token = request.token();
        if (token == null || token.isEmpty()) {
            throw new RequestException("EGeneral:Invalid arguments:token");
        }
        if (!session.acceptedTokens.contains(token)) {
            if (!tokens.isValid(token)) {
                throw new RequestException("ESession:Invalid session");
            }
            session.acceptedTokens.add(token);
        }
    }

    private static List<String> symbols(SubscribeRequest request) {
        return request.channel().perSymbol() ? request.symbols() : List.of(ChannelSubscription.ALL_SYMBOLS);
    }
}
