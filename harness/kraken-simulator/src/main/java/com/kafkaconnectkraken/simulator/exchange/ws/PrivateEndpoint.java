package com.kafkaconnectkraken.simulator.exchange.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import com.kafkaconnectkraken.simulator.exchange.account.TokenStore;
import com.kafkaconnectkraken.simulator.exchange.engine.DeadManSwitch;
import com.kafkaconnectkraken.simulator.exchange.engine.MatchingEngine;
import com.kafkaconnectkraken.simulator.transport.ClientConnection;
import com.kafkaconnectkraken.simulator.transport.WsEndpoint;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The private WS v2 endpoint ({@code wss://ws-auth.kraken.com/v2}, simulator path {@code /auth/v2}):
 * {@code status} on connect, {@code ping}/{@code pong}, {@code executions} and {@code balances}
 * subscriptions, and every trading method (docs/protocol/kraken-spot.md §1, §4, §5). Malformed frames and unknown methods get
 * a {@code success:false} response with an {@code EGeneral:Invalid arguments} error.
 */
public final class PrivateEndpoint implements WsEndpoint {

    private static final Logger log = LoggerFactory.getLogger(PrivateEndpoint.class);

    private final Map<Long, Session> sessions = new ConcurrentHashMap<>();
    private final PrivatePublisher publisher;
    private final SubscriptionHandler subscriptions;
    private final OrderEntryHandler orderEntry;
    private final CancelHandler cancels;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier ackDelayMillis;
    private final Clock clock;

    /**
     * @param engine         the matching engine
     * @param tokens         WS token store
     * @param deadManSwitch  cancel_all_orders_after timers
     * @param publisher      pushes executions/balances to sessions
     * @param scheduler      sends delayed acks (fault injection)
     * @param ackDelayMillis current trading-ack delay, 0 = none
     * @param clock          time source for time_in/time_out
     */
    public PrivateEndpoint(MatchingEngine engine, TokenStore tokens, DeadManSwitch deadManSwitch,
                           PrivatePublisher publisher, ScheduledExecutorService scheduler,
                           LongSupplier ackDelayMillis, Clock clock) {
        this.publisher = publisher;
        this.subscriptions = new SubscriptionHandler(engine, tokens, clock);
        this.orderEntry = new OrderEntryHandler(engine, tokens, clock);
        this.cancels = new CancelHandler(engine, deadManSwitch, tokens, clock);
        this.scheduler = scheduler;
        this.ackDelayMillis = ackDelayMillis;
        this.clock = clock;
    }

    @Override
    public void onOpen(ClientConnection connection) {
        Session session = new Session(connection);
        sessions.put(connection.id(), session);
        publisher.register(session);
        ObjectNode status = PrivatePublisher.channelFrame(SpotChannel.STATUS, "update");
        ObjectNode data = status.putArray("data").addObject();
        data.put("api_version", "v2");
        data.put("connection_id", connection.id());
        data.put("system", "online");
        data.put("version", "2.0.0");
        session.send(status);
    }

    @Override
    public void onText(ClientConnection connection, String text) {
        Instant timeIn = clock.instant();
        Session session = sessions.get(connection.id());
        if (session == null) {
            return;
        }
        JsonNode frame;
        try {
            frame = ExchangeJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            frame = null;
        }
        if (frame == null || !frame.isObject() || !frame.path("method").isTextual()) {
            log.debug("Malformed request on private connection {}", connection.id());
            String method = frame != null && frame.path("method").isTextual() ? frame.get("method").asText() : null;
            session.send(Envelope.failure(method, frame == null ? null : frame.get("req_id"),
                    "EGeneral:Invalid arguments", timeIn, clock.instant()));
            return;
        }
        dispatch(new WsRequest(session, frame.get("method").asText(), frame.get("params"), frame.get("req_id"),
                timeIn));
    }

    private void dispatch(WsRequest request) {
        switch (request.method()) {
            case "ping" -> request.session().send(Envelope.pong(request.reqId(), request.timeIn(), clock.instant()));
            case "subscribe", "unsubscribe" -> subscriptions.handle(request);
            case "add_order", "batch_add", "amend_order", "edit_order" ->
                    sendAcks(request.session(), List.of(orderEntry.handle(request)));
            case "cancel_order", "cancel_all", "cancel_all_orders_after", "batch_cancel" ->
                    sendAcks(request.session(), cancels.handle(request));
            default -> request.session().send(request.failure("EGeneral:Invalid arguments:method", clock.instant()));
        }
    }

    private void sendAcks(Session session, List<ObjectNode> frames) {
        long delay = ackDelayMillis.getAsLong();
        if (delay <= 0) {
            frames.forEach(session::send);
        } else {
            scheduler.schedule(() -> frames.forEach(session::send), delay, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void onClose(ClientConnection connection) {
        Session session = sessions.remove(connection.id());
        if (session != null) {
            publisher.unregister(session);
        }
    }

    /** Sends a heartbeat to every subscribed connection (called about once per second). */
    public void heartbeat() {
        publisher.heartbeat();
    }
}
