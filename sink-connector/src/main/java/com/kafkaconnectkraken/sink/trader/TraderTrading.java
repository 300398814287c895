package com.kafkaconnectkraken.sink.trader;

import com.kafkaconnectkraken.client.ErrorClass;
import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.TraderMessage;
import com.kafkaconnectkraken.client.ws.TraderRejectedException;
import com.kafkaconnectkraken.client.ws.TraderWsListener;
import com.kafkaconnectkraken.client.ws.TraderWsSession;
import com.kafkaconnectkraken.sink.command.TraderCommand;
import com.kafkaconnectkraken.sink.reconcile.ExecutionsTracker;
import com.kafkaconnectkraken.sink.send.TradingVenue;
import com.kafkaconnectkraken.sink.send.TransientCommandException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Trader sink task's connection: one {@link TraderWsSession} on {@code trader.url} (a JWT from the login or
 * {@code trader.jwt}, paced to {@code trader.max.messages.per.second}), one action in flight
 * (docs/protocol/trader-api.md §5). Each command is sent once with {@link TraderCorrelation#answers} as its answer
 * test; an {@code error} whose code is REJECTED (§6) becomes a {@link TraderAnswer#rejected} answer, every other
 * failure stays the session's exception ({@code NoAnswerException}: UNKNOWN, then reconciled; RETRIABLE codes and
 * a connection lost before sending: retried). Every {@code executionEvent} with a clientOrderId is recorded in
 * {@link #executions()} (the redelivery check and reconciliation read it).
 */
public final class TraderTrading implements TradingVenue<TraderCommand>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TraderTrading.class);

    private final ExecutionsTracker executions;
    private final TraderRequests requests;
    private final TraderHistory history;
    private final TraderWsSession session;
    private final OkHttpClient http;

    /** @param config the connector config */
    public TraderTrading(TraderSinkConnectorConfig config) {
        this.executions = new ExecutionsTracker();
        this.http = new OkHttpClient();
        KrakenWsConfig ws = KrakenWsConfig.builder(config.connection().url()).name("trader-sink")
            .requestTimeout(config.wsRequestTimeout())
            .reconnectBackoff(config.reconnectBackoff(), config.reconnectBackoffMax(), 2.0)
            .maxRequestsPerSecond(config.connection().maxMessagesPerSecond()).build();
        this.session = new TraderWsSession(ws, config.connection().tokens(http, Clock.systemUTC()), listener(executions));
        this.requests = session::request;
        this.history = new TraderHistory(requests);
    }

    /** For tests: a connection over {@code requests}, recording executions in {@code executions}. */
    TraderTrading(TraderRequests requests, ExecutionsTracker executions) {
        this.executions = executions;
        this.requests = requests;
        this.history = new TraderHistory(requests);
        this.session = null;
        this.http = null;
    }

    /** @return the listener that records every {@code executionEvent} carrying a clientOrderId and an orderId */
    static TraderWsListener listener(ExecutionsTracker executions) {
        return message -> {
            if (message.type() == TraderMessageType.EXECUTION_EVENT) {
                String clientOrderId = message.text("clientOrderId");
                String orderId = message.text("orderId");
                if (clientOrderId != null && orderId != null) {
                    executions.seen(clientOrderId, orderId);
                }
            }
        };
    }

    /**
     * Logs in when needed and opens the socket.
     *
     * @throws TransientCommandException when the Trader API cannot be reached now
     */
    public void connect(Duration timeout) {
        try {
            session.connect().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Connected to the Trader API at {}", session.config().uri());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientCommandException("interrupted while connecting to the Trader API", e);
        } catch (Exception e) {
            throw new TransientCommandException("cannot connect to the Trader API at " + session.config().uri(), e);
        }
    }

    /** @return whether the socket is open and logged in (false for the test connection without a session) */
    public boolean isConnected() {
        return session != null && session.isConnected();
    }

    @Override
    public Sent send(TraderCommand command) {
        Instant sentAt = Instant.now();
        CompletableFuture<TraderMessage> answer = requests.request(command.method().action(), command.params().deepCopy(),
            TraderCorrelation.answers(command));
        return new Sent(sentAt, answer.handle(TraderTrading::answer));
    }

    /** @return the answer, or the REJECTED refusal as an answer; other failures rethrown unwrapped */
    static TraderAnswer answer(TraderMessage message, Throwable failure) {
        if (failure == null) {
            return TraderAnswer.of(message);
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TraderRejectedException rejected && rejected.errorClass() == ErrorClass.REJECTED) {
            return TraderAnswer.rejected(rejected.code(), rejected.serverMessage());
        }
        throw new CompletionException(cause);
    }

    /** @return {@code the Trader API} */
    @Override
    public String name() {
        return "the Trader API";
    }

    /** @return orders seen on the socket, by clientOrderId */
    public ExecutionsTracker executions() {
        return executions;
    }

    /** @return the history queries on this socket */
    public TraderHistory history() {
        return history;
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
