package com.kafkaconnectkraken.source.stream;

import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.retry.ExponentialBackoff;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.KrakenWsEvent;
import com.kafkaconnectkraken.client.ws.KrakenWsListener;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.client.ws.KrakenWsSession;
import com.kafkaconnectkraken.client.ws.Subscription;
import com.kafkaconnectkraken.client.ws.TokenProvider;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kraken WebSocket v2 connection of a task (public, private or level3): owns the
 * {@link KrakenWsSession}, feeds every push through its {@link FrameHandler} into the bounded
 * {@link RecordQueue} (blocking the socket reader when full), and turns lifecycle events into
 * metrics, book resets and gap records. Bad frames are logged with their channel, counted and
 * skipped; the stream keeps running. A subscription that is gone (per-symbol book resync, or a
 * symbol rejected when the session restored it after a reconnect) is resubscribed with retries
 * and, failing that, fails the task ({@link Resubscriber}); no symbol stops silently.
 */
public final class WsStream implements KrakenWsListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WsStream.class);

    private final String name;
    private final FrameHandler handler;
    private final RecordQueue queue;
    private final TaskMetrics metrics;
    private final KrakenWsSession session;
    private final Resubscriber<Subscription> resubscriber;
    private final java.util.Set<String> reportedUnknownFields = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final StreamState state;
    private volatile List<Subscription> subscriptions = List.of();

    WsStream(String name, KrakenWsConfig config, TokenProvider tokens, FrameHandler handler, RecordQueue queue,
             TaskMetrics metrics) {
        this.name = name;
        this.handler = handler;
        this.queue = queue;
        this.metrics = metrics;
        this.state = new StreamState(name, metrics);
        this.session = new KrakenWsSession(config, tokens, this);
        this.resubscriber = new Resubscriber<>(name, session::unsubscribe, session::subscribe, queue,
                ExponentialBackoff.doubling(config.reconnectInitialDelay(), config.reconnectMaxDelay()));
    }

    /**
     * Connects and subscribes, in order, waiting for every ack. Blocks as long as the exchange is unreachable (the
     * session retries the first connection with the reconnect backoff): run it off the task thread
     * ({@link StreamStarter}).
     *
     * @param timeout how long each subscription waits for its acks
     * @throws ConnectException naming the subscription that failed (e.g. an unknown symbol), or on interruption
     */
    void start(List<Subscription> subscriptions, Duration timeout) {
        this.subscriptions = List.copyOf(subscriptions);
        Await.await(session.connect(), "connect to " + session.config().uri(), "Kraken");
        for (Subscription subscription : subscriptions) {
            Await.await(session.subscribe(subscription), "subscribe " + subscription.channel() + " " + subscription.symbols(),
                    timeout, "Kraken");
        }
        state.connected();
        log.info("{} stream subscribed to {} channel(s)", name, subscriptions.size());
    }

    /**
     * Unsubscribes and resubscribes one subscription without blocking (per-symbol book resync),
     * retrying with capped backoff; when every attempt failed the task fails (see {@link Resubscriber}).
     */
    void resubscribe(Subscription subscription) {
        resubscriber.resubscribe(subscription);
    }

    @Override
    public void onMessage(KrakenWsMessage message) {
        metrics.message(message.channel());
        try {
            List<SourceRecord> records = handler.onMessage(message);
            countUnknownFields(message.channel(), records);
            queue.put(records);
        } catch (RuntimeException e) {
            metrics.malformed();
            log.warn("{} stream: {} frame rejected and skipped: {}", name, KrakenJson.printable(message.channel()),
                    KrakenJson.printable(e.getMessage()));
            log.debug("{} stream: rejected {} frame", name, message.channel(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onHeartbeat(Instant receivedAt) {
        metrics.heartbeat();
        try {
            List<SourceRecord> records = handler.onHeartbeat(receivedAt);
            if (!records.isEmpty()) {
                queue.put(records);
            }
        } catch (RuntimeException e) {
            log.warn("{} stream: handling a heartbeat failed: {}", name, e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onMalformedFrame(String frame, Exception cause) {
        metrics.malformed();
        // the session already logged this frame once at WARN (JsonFrameSink); count it, log no second line
        log.debug("{} stream: malformed frame ({} chars) skipped: {}", name, frame.length(), cause.getMessage());
    }

    @Override
    public void onEvent(KrakenWsEvent event) {
        state.on(event);
        try {
            if (event instanceof KrakenWsEvent.Reconnecting && state.connecting()) {
                // first connection retried while the exchange is unreachable: the session logs each attempt
                metrics.reconnect();
            } else if (event instanceof KrakenWsEvent.ConnectionFailed failed) {
                log.warn("{} stream: connection failed: {}", name, failed.cause() == null ? "" : failed.cause().getMessage());
                queue.put(handler.onConnectionLost(failed));
            } else if (event instanceof KrakenWsEvent.Reconnecting reconnecting) {
                metrics.reconnect();
                log.info("{} stream: reconnect attempt {} in {} ms", name, reconnecting.attempt(), reconnecting.delay().toMillis());
            } else if (event instanceof KrakenWsEvent.Gap gap) {
                metrics.gap(gap.duration());
                log.info("{} stream: gap of {} ms ended", name, gap.duration().toMillis());
                queue.put(handler.onGap(gap));
            } else if (event instanceof KrakenWsEvent.SubscriptionLost lost) {
                restore(lost);
            }
        } catch (RuntimeException e) {
            log.warn("{} stream: handling {} failed: {}", name, event.type(), e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A subscription the session could not restore after a reconnect is no longer active: every
     * subscription of this stream on that channel (and symbol) is resubscribed with retries, so the
     * symbol either comes back or the task fails.
     */
    private void restore(KrakenWsEvent.SubscriptionLost lost) {
        log.warn("{} stream: subscription {} {} could not be restored ({}); resubscribing", name, lost.channel(),
                lost.symbol(), lost.error());
        for (Subscription subscription : subscriptions) {
            if (!subscription.channel().wireName().equals(lost.channel())) {
                continue;
            }
            if (lost.symbol() == null) {
                resubscribe(subscription);
            } else if (subscription.symbols().contains(lost.symbol())) {
                resubscribe(subscription.withSymbols(List.of(lost.symbol())));
            }
        }
    }

    private void countUnknownFields(String channel, List<SourceRecord> records) {
        for (SourceRecord record : records) {
            Struct value = (Struct) record.value();
            if (value.schema().field("extra_fields") != null && value.get("extra_fields") != null) {
                metrics.unknownField();
                for (Object field : value.getMap("extra_fields").keySet()) {
                    if (reportedUnknownFields.add(channel + "." + field)) {
                        log.warn("{} stream: {} carries field '{}' the contract does not model; kept in extra_fields",
                                name, channel, field);
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        state.closed();
        resubscriber.close();
        session.close();
    }
}
