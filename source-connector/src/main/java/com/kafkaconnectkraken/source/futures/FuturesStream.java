package com.kafkaconnectkraken.source.futures;

import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.retry.ExponentialBackoff;
import com.kafkaconnectkraken.client.ws.FuturesMessage;
import com.kafkaconnectkraken.client.ws.FuturesSubscription;
import com.kafkaconnectkraken.client.ws.FuturesWsListener;
import com.kafkaconnectkraken.client.ws.FuturesWsSession;
import com.kafkaconnectkraken.client.ws.KrakenWsEvent;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.stream.Await;
import com.kafkaconnectkraken.source.stream.GapRecords;
import com.kafkaconnectkraken.source.stream.RecordQueue;
import com.kafkaconnectkraken.source.stream.Resubscriber;
import com.kafkaconnectkraken.source.stream.StreamState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kraken Futures connection of a task (public or authenticated), the Futures counterpart of the Spot
 * {@code WsStream}: owns the {@link FuturesWsSession}, maps every message ({@link FuturesBooks} for
 * {@code book}, {@link FuturesRecords} for the others) into the bounded {@link RecordQueue}, and turns
 * lifecycle events into metrics, book resets and one gap record per feed after a reconnect. A bad message is
 * logged, counted and skipped; a subscription Kraken refused after a reconnect is retried with the project's
 * {@link Resubscriber}, then fails the task.
 */
final class FuturesStream implements FuturesWsListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FuturesStream.class);

    private final String name;
    private final FuturesWsSession session;
    private final FuturesRecords records;
    private final FuturesBooks books;
    private final GapRecords gaps;
    private final RecordQueue queue;
    private final TaskMetrics metrics;
    private final Resubscriber<FuturesSubscription> resubscriber;
    private final StreamState state;
    private List<FuturesSubscription> subscriptions = List.of();

    /**
     * @param name    {@code public} or {@code private}
     * @param open    opens the session with this stream as its listener
     * @param books   the task's books, or {@code null} on a stream without {@code book}
     */
    FuturesStream(String name, Function<FuturesWsListener, FuturesWsSession> open, FuturesRecords records,
                  FuturesBooks books, GapRecords gaps, RecordQueue queue, TaskMetrics metrics) {
        this.name = name;
        this.records = records;
        this.books = books;
        this.gaps = gaps;
        this.queue = queue;
        this.metrics = metrics;
        this.state = new StreamState(name, metrics);
        this.session = open.apply(this);
        this.resubscriber = new Resubscriber<>(name, session::unsubscribe, session::subscribe, queue,
                ExponentialBackoff.doubling(session.config().reconnectInitialDelay(), session.config().reconnectMaxDelay()));
    }

    /**
     * Connects and subscribes, in order, waiting for each answer. Blocks as long as the exchange is unreachable (the
     * session retries the first connection with the reconnect backoff): run it off the task thread.
     *
     * @param timeout how long each subscription waits for its answer
     * @throws ConnectException naming the subscription that failed (e.g. {@code Invalid product id}), or on interruption
     */
    void start(List<FuturesSubscription> subscriptions, Duration timeout) {
        this.subscriptions = List.copyOf(subscriptions);
        Await.await(session.connect(), "connect to " + session.config().uri(), "Kraken Futures");
        for (FuturesSubscription subscription : subscriptions) {
            Await.await(session.subscribe(subscription), "subscribe " + subscription.feed() + " "
                    + subscription.productIds(), timeout, "Kraken Futures");
        }
        state.connected();
        log.info("Kraken Futures {} stream subscribed to {} feed(s)", name, subscriptions.size());
    }

    /** Resubscribes one product's book (after a sequence gap), without blocking. */
    void resyncBook(String productId) {
        resubscriber.resubscribe(new FuturesSubscription(FuturesFeed.BOOK, List.of(productId)));
    }

    @Override
    public void onFeedMessage(FuturesMessage message) {
        metrics.message("futures." + message.feed().wireName());
        try {
            queue.put(message.feed() == FuturesFeed.BOOK ? books.onMessage(message) : records.map(message));
        } catch (RuntimeException e) {
            metrics.malformed();
            log.warn("Kraken Futures {} stream: {} message rejected and skipped: {}", name, message.feed(),
                    KrakenJson.printable(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onHeartbeat(Instant receivedAt) {
        metrics.heartbeat();
    }

    @Override
    public void onMalformedFrame(String frame, Exception cause) {
        metrics.malformed();
        // the session already logged this frame once at WARN (JsonFrameSink); count it, log no second line
        log.debug("Kraken Futures {} stream: malformed frame ({} chars) skipped: {}", name, frame.length(), cause.getMessage());
    }

    @Override
    public void onEvent(KrakenWsEvent event) {
        state.on(event);
        try {
            if (event instanceof KrakenWsEvent.ConnectionFailed failed && books != null) {
                queue.put(books.connectionLost(failed.at()));
            } else if (event instanceof KrakenWsEvent.Reconnecting) {
                metrics.reconnect();
            } else if (event instanceof KrakenWsEvent.Gap gap) {
                metrics.gap(gap.duration());
                queue.put(gapRecords(gap));
            } else if (event instanceof KrakenWsEvent.SubscriptionLost lost) {
                log.warn("Kraken Futures {} stream: {} could not be restored ({}); resubscribing", name, lost.channel(), lost.error());
                subscriptions.stream().filter(s -> s.feed().wireName().equals(lost.channel())).forEach(resubscriber::resubscribe);
            }
        } catch (RuntimeException e) {
            log.warn("Kraken Futures {} stream: handling {} failed: {}", name, event.type(), e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<SourceRecord> gapRecords(KrakenWsEvent.Gap gap) {
        List<SourceRecord> out = new ArrayList<>();
        Instant now = Instant.now();
        for (FuturesSubscription subscription : subscriptions) {
            if (subscription.feed() != FuturesFeed.HEARTBEAT) {
                out.add(gaps.gap("futures." + subscription.feed().wireName(), subscription.productIds(), gap,
                        subscription.feed().snapshotFeed().isPresent(), now));
            }
        }
        return out;
    }

    @Override
    public void close() {
        state.closed();
        resubscriber.close();
        session.close();
    }
}
