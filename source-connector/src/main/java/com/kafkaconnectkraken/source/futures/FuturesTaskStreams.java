package com.kafkaconnectkraken.source.futures;

import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import com.kafkaconnectkraken.client.ws.FuturesSubscription;
import com.kafkaconnectkraken.client.ws.FuturesWsSession;
import com.kafkaconnectkraken.source.book.BookResets;
import com.kafkaconnectkraken.source.config.KrakenFuturesSourceTaskConfig;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.stream.GapRecords;
import com.kafkaconnectkraken.source.stream.RecordQueue;
import com.kafkaconnectkraken.source.stream.StreamStarter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The two Kraken Futures connections of one task, to the same URL so auth state never mixes
 * (docs/protocol/kraken-futures.md): public (ticker, ticker_lite, book, trade for the task's products) and,
 * on task 0 only, authenticated (the private feeds). Each also subscribes {@code heartbeat}, so the watchdog
 * sees traffic at least once a second.
 */
final class FuturesTaskStreams implements AutoCloseable {

    private final List<FuturesStream> streams = new ArrayList<>();
    private StreamStarter starter;

    private FuturesTaskStreams() {
    }

    /**
     * Creates every connection this task needs and connects and subscribes them in the background
     * ({@link StreamStarter}); returns at once. While the exchange is unreachable the first connection is retried
     * with the reconnect backoff; a subscription Kraken refuses is reported to {@code queue} and fails the next
     * {@code poll()}.
     */
    static FuturesTaskStreams start(KrakenFuturesSourceTaskConfig config, RecordFactory factory, RecordQueue queue,
                                    TaskMetrics metrics) {
        FuturesTaskStreams streams = new FuturesTaskStreams();
        streams.starter = new StreamStarter("kraken-futures-start-" + config.taskId(), queue);
        FuturesRecords records = new FuturesRecords(factory);
        GapRecords gaps = new GapRecords(factory, FuturesRecordType.GAP);
        try {
            streams.startPublic(config, factory, records, gaps, queue, metrics);
            if (config.taskGlobal()) {
                streams.open("private", config, records, null, gaps, queue, metrics, true,
                        subscriptions(config, true, List.of()));
            }
        } catch (RuntimeException e) {
            streams.close();
            throw e;
        }
        streams.starter.start();
        return streams;
    }

    private void startPublic(KrakenFuturesSourceTaskConfig config, RecordFactory factory, FuturesRecords records,
                             GapRecords gaps, RecordQueue queue, TaskMetrics metrics) {
        List<FuturesSubscription> subscriptions = subscriptions(config, false, config.taskProductIds());
        if (subscriptions.size() <= 1) {
            return;
        }
        AtomicReference<FuturesStream> self = new AtomicReference<>();
        BookResets resets = new BookResets(factory, FuturesRecordType.BOOK_RESET,
                (feed, productId) -> self.get().resyncBook(productId), metrics);
        FuturesBooks books = config.feeds().contains(FuturesFeed.BOOK)
                ? new FuturesBooks(config.bookDepth(), config.bookSeqMode(), factory, resets) : null;
        self.set(open("public", config, records, books, gaps, queue, metrics, false, subscriptions));
    }

    private FuturesStream open(String name, KrakenFuturesSourceTaskConfig config, FuturesRecords records, FuturesBooks books,
                               GapRecords gaps, RecordQueue queue, TaskMetrics metrics, boolean authenticated,
                               List<FuturesSubscription> subscriptions) {
        if (subscriptions.size() <= 1) {
            return null;
        }
        FuturesStream stream = new FuturesStream("futures-" + name, listener -> new FuturesWsSession(
                config.wsConfig(config.wsUrl(), "futures-" + name), authenticated ? config.apiKey() : null,
                authenticated ? config.challenge() : null, listener), records, books, gaps, queue, metrics);
        streams.add(stream);
        starter.add(() -> stream.start(subscriptions, config.wsRequestTimeout().plus(config.wsConnectTimeout())));
        return stream;
    }

    /** @return {@code heartbeat} first, then every enabled feed of the kind, per product for public feeds */
    private static List<FuturesSubscription> subscriptions(KrakenFuturesSourceTaskConfig config, boolean authenticated,
                                                           List<String> productIds) {
        List<FuturesSubscription> out = new ArrayList<>();
        out.add(new FuturesSubscription(FuturesFeed.HEARTBEAT, List.of()));
        for (FuturesFeed feed : config.feeds()) {
            if (feed.authenticated() == authenticated && (authenticated || !productIds.isEmpty())) {
                out.add(new FuturesSubscription(feed, feed.perProduct() ? productIds : List.of()));
            }
        }
        return out;
    }

    @Override
    public void close() {
        if (starter != null) {
            starter.close();
        }
        streams.forEach(FuturesStream::close);
    }
}
