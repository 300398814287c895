package com.kafkaconnectkraken.source.trader;

import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.retry.ExponentialBackoff;
import com.kafkaconnectkraken.client.ws.KrakenWsEvent;
import com.kafkaconnectkraken.client.ws.TraderMessage;
import com.kafkaconnectkraken.client.ws.TraderSubscription;
import com.kafkaconnectkraken.client.ws.TraderWsListener;
import com.kafkaconnectkraken.client.ws.TraderWsSession;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.stream.Await;
import com.kafkaconnectkraken.source.stream.GapRecords;
import com.kafkaconnectkraken.source.stream.RecordQueue;
import com.kafkaconnectkraken.source.stream.Resubscriber;
import com.kafkaconnectkraken.source.stream.StreamState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Trader API connection of one task, the Trader counterpart of {@code FuturesStream}: owns the
 * {@link TraderWsSession}, maps every data event ({@link TraderRecords}) into the bounded {@link RecordQueue}, and
 * turns lifecycle events into metrics, one gap record per reconnect (channel {@value #GAP_CHANNEL}, the task's
 * symbols) followed by the execution backfill ({@link TraderBackfill}). A bad message is logged, counted and skipped;
 * an unverified depth event is counted and skipped, logged once per symbol. A subscription the server refused after
 * a reconnect is retried with the project's {@link Resubscriber}, then fails the task. Reconnects, the token and the
 * restore of acknowledged subscriptions are the session's.
 */
final class TraderStream implements TraderWsListener, AutoCloseable {

    static final String GAP_CHANNEL = "trader";

    private static final Logger log = LoggerFactory.getLogger(TraderStream.class);

    private final TraderWsSession session;
    private final TraderRecords records;
    private final GapRecords gaps;
    private final TraderBackfill backfill;
    private final RecordQueue queue;
    private final TaskMetrics metrics;
    private final List<String> symbols;
    private final Resubscriber<TraderSubscription> resubscriber;
    private final StreamState state;
    private final Set<String> unverifiedLogged = ConcurrentHashMap.newKeySet();
    private volatile List<TraderSubscription> subscriptions = List.of();

    /**
     * @param open     opens the session with this stream as its listener
     * @param backfill the execution backfill after a gap, or {@code null} when the task has none
     * @param symbols  the task's symbols, named in its gap records
     */
    TraderStream(Function<TraderWsListener, TraderWsSession> open, TraderRecords records, GapRecords gaps,
                 TraderBackfill backfill, RecordQueue queue, TaskMetrics metrics, List<String> symbols) {
        this.records = records;
        this.gaps = gaps;
        this.backfill = backfill;
        this.queue = queue;
        this.metrics = metrics;
        this.symbols = List.copyOf(symbols);
        this.state = new StreamState("trader", metrics);
        this.session = open.apply(this);
        this.resubscriber = new Resubscriber<>("trader", s -> CompletableFuture.completedFuture(null), session::subscribe,
                queue, ExponentialBackoff.doubling(session.config().reconnectInitialDelay(), session.config().reconnectMaxDelay()));
    }

    /**
     * Logs in, connects and subscribes, in order, waiting for each answer; the connect waits as long as the first
     * connection is retried (an unreachable Trader API keeps the task RUNNING, {@code connection-state} CONNECTING).
     * Run by the task's {@link com.kafkaconnectkraken.source.stream.StreamStarter}.
     *
     * @param timeout how long each subscribe answer is awaited
     * @throws org.apache.kafka.connect.errors.ConnectException naming what failed (e.g. {@code INVALID_SYMBOL})
     */
    void start(List<TraderSubscription> subscriptions, Duration timeout) {
        this.subscriptions = List.copyOf(subscriptions);
        Await.await(session.connect(), "connect to " + session.config().uri(), "Trader API");
        for (TraderSubscription subscription : subscriptions) {
            Await.await(session.subscribe(subscription), subscription.action().wireName() + " " + subscription.payload(),
                    timeout, "Trader API");
        }
        state.connected();
        log.info("Trader stream subscribed: {} subscription(s)", subscriptions.size());
    }

    @Override
    public void onTraderMessage(TraderMessage message) {
        metrics.message("trader." + message.type().wireName());
        try {
            queue.put(records.map(message));
        } catch (DepthBooks.UnverifiedBook e) {
            metrics.unverifiedBook();
            String symbol = String.valueOf(message.text("symbol"));
            if (unverifiedLogged.add(symbol)) {
                log.warn("Trader stream: depthEvent of {} not published ({}); further ones are counted in unverified-book-total",
                        symbol, e.getMessage());
            }
        } catch (RuntimeException e) {
            metrics.malformed();
            log.warn("Trader stream: {} rejected and skipped: {}", message.type().wireName(),
                    KrakenJson.printable(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onMalformedFrame(String frame, Exception cause) {
        metrics.malformed();
        // the session already logged this frame once at WARN (JsonFrameSink); count it, log no second line
        log.debug("Trader stream: malformed frame ({} chars) skipped: {}", frame.length(), cause.getMessage());
    }

    @Override
    public void onEvent(KrakenWsEvent event) {
        state.on(event);
        try {
            if (event instanceof KrakenWsEvent.Reconnecting) {
                metrics.reconnect();
            } else if (event instanceof KrakenWsEvent.Gap gap) {
                metrics.gap(gap.duration());
                queue.put(List.of(gaps.gap(GAP_CHANNEL, symbols, gap, backfill != null, Instant.now())));
                if (backfill != null) {
                    backfill.after(gap, session);
                }
            } else if (event instanceof KrakenWsEvent.SubscriptionLost lost) {
                log.warn("Trader stream: {} {} could not be restored ({}); resubscribing", lost.channel(), lost.symbol(), lost.error());
                subscriptions.stream().filter(s -> s.action().wireName().equals(lost.channel())
                        && s.payload().toString().equals(lost.symbol())).forEach(resubscriber::resubscribe);
            }
        } catch (RuntimeException e) {
            log.warn("Trader stream: handling {} failed: {}", event.type(), e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        state.closed();
        resubscriber.close();
        session.close();
    }
}
