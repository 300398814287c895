package com.kafkaconnectkraken.sink.send;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import com.kafkaconnectkraken.client.ws.KrakenWsSession;
import com.kafkaconnectkraken.client.ws.Subscription;
import com.kafkaconnectkraken.connect.KrakenConnection;
import com.kafkaconnectkraken.sink.command.OrderCommand;
import com.kafkaconnectkraken.sink.config.KrakenSinkConnectorConfig;
import com.kafkaconnectkraken.sink.dms.DeadMansSwitch;
import com.kafkaconnectkraken.sink.reconcile.ExecutionsTracker;
import com.kafkaconnectkraken.sink.reconcile.OrderHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task's connection to Kraken: one authenticated WS v2 session on {@code kraken.ws.private.url}
 * (a fresh token from REST {@code GetWebSocketsToken} on every (re)connect, handled by
 * {@link KrakenWsSession}), subscribed to {@code executions} for reconciliation, plus the REST
 * client for order history. https://docs.kraken.com/api/docs/guides/spot-ws-auth
 */
public final class KrakenTrading implements TradingVenue<OrderCommand>, AutoCloseable, DeadMansSwitch.Connection {

    private static final Logger log = LoggerFactory.getLogger(KrakenTrading.class);

    private final KrakenRestClient rest;
    private final ExecutionsTracker executions = new ExecutionsTracker();
    private final KrakenWsSession session;
    private final OrderHistory history;

    /** @param config connector config (kraken.* keys) */
    public KrakenTrading(KrakenSinkConnectorConfig config) {
        this.rest = config.connection().restClient().build();
        KrakenWsConfig ws = KrakenWsConfig.builder(config.connection().endpoints().privateWs()).name("kraken-sink")
            .requestTimeout(config.wsRequestTimeout())
            .reconnectBackoff(config.reconnectBackoff(), config.reconnectBackoffMax(), 2.0).build();
        this.session = new KrakenWsSession(ws, KrakenConnection.wsTokens(rest), executions);
        this.history = new OrderHistory(rest);
    }

    /**
     * Connects and subscribes to executions.
     *
     * @param timeout how long to wait
     * @throws TransientCommandException when Kraken cannot be reached now
     */
    public void connect(Duration timeout) {
        try {
            session.connect().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            session.subscribe(Subscription.of(SpotChannel.EXECUTIONS, List.of()).withParam("snap_orders", true)
                .withParam("snap_trades", false)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Connected to Kraken trading at {}", session.config().uri());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientCommandException("interrupted while connecting to Kraken", e);
        } catch (Exception e) {
            throw new TransientCommandException("cannot connect to Kraken trading at " + session.config().uri(), e);
        }
    }

    /** @return whether the session is authenticated and open */
    @Override
    public boolean isConnected() {
        return session.isConnected();
    }

    /**
     * Sends a command; the session adds {@code token} and a unique {@code req_id}.
     *
     * @return the send time and the response frame(s) as a {@link SpotAnswer}
     */
    @Override
    public Sent send(OrderCommand command) {
        Instant sentAt = Instant.now();
        return new Sent(sentAt, session.request(command.method().wireName(), command.params().deepCopy(),
            expectedResponses(command)).thenApply(SpotAnswer::new));
    }

    /** @return {@code Kraken} */
    @Override
    public String name() {
        return "Kraken";
    }

    /**
     * Arms (timeout &gt; 0) or disarms (0) the dead man's switch
     * (https://docs.kraken.com/api/docs/websocket-v2/cancel_after).
     *
     * @return the response
     */
    @Override
    public CompletableFuture<KrakenWsResponse> cancelAllOrdersAfter(int timeoutSeconds) {
        ObjectNode params = JsonNodeFactory.instance.objectNode().put("timeout", timeoutSeconds);
        return session.request("cancel_all_orders_after", params);
    }

    /** @return the executions tracker */
    public ExecutionsTracker executions() {
        return executions;
    }

    /** @return order history lookups */
    public OrderHistory history() {
        return history;
    }

    /** cancel_order answers one frame per identifier (docs/protocol/kraken-spot.md §1.3); everything else one frame. */
    static int expectedResponses(OrderCommand command) {
        if (command.method() != com.kafkaconnectkraken.sink.command.CommandMethod.CANCEL_ORDER) {
            return 1;
        }
        ObjectNode p = command.params();
        return Math.max(1, p.path("order_id").size() + p.path("cl_ord_id").size() + p.path("order_userref").size());
    }

    @Override
    public void close() {
        session.close();
        rest.close();
    }
}
