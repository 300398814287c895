package com.kafkaconnectkraken.source.stream;

import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.spot.protocol.SpotEndpoint;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.Subscription;
import com.kafkaconnectkraken.client.ws.TokenProvider;
import com.kafkaconnectkraken.connect.KrakenConnection;
import com.kafkaconnectkraken.source.book.BookResets;
import com.kafkaconnectkraken.source.book.L2BookKeeper;
import com.kafkaconnectkraken.source.book.L3BookKeeper;
import com.kafkaconnectkraken.source.book.Precisions;
import com.kafkaconnectkraken.source.config.KrakenSourceTaskConfig;
import com.kafkaconnectkraken.source.mapping.FrameMapper;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.offset.ExecutionCursor;
import com.kafkaconnectkraken.source.rest.ExecutionBackfill;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket connections of one task: public (ticker, book, trade, ohlc, instrument; plus an
 * internal instrument subscription for checksum precisions when books are streamed), level3 and
 * private (executions, balances; task 0 only). Per-symbol channels use the task's symbols.
 */
public final class TaskStreams implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TaskStreams.class);

    private final List<WsStream> streams = new ArrayList<>();
    private StreamStarter starter;
    private final Precisions precisions = new Precisions();
    private L2BookKeeper books;

    private TaskStreams() {
    }

    /**
     * Creates every connection this task needs and connects and subscribes them in the background
     * ({@link StreamStarter}), public first so instrument precisions are known before the first book snapshot.
     * Returns at once: while the exchange is unreachable the first connection is retried with the reconnect
     * backoff; a subscription Kraken refuses is reported to {@code queue} and fails the next {@code poll()}.
     *
     * @param rest    REST client for tokens and backfill; null when the config has no credentials
     * @param offsets the task's offsets (the executions cursor an earlier task stored)
     */
    public static TaskStreams start(KrakenSourceTaskConfig config, RecordFactory records, RecordQueue queue,
                                    TaskMetrics metrics, KrakenRestClient rest, OffsetStorageReader offsets) {
        TaskStreams streams = new TaskStreams();
        streams.starter = new StreamStarter("kraken-source-start-" + config.taskId(), queue);
        try {
            streams.startPublic(config, records, queue, metrics);
            streams.startLevel3(config, records, queue, metrics, rest);
            streams.startPrivate(config, records, queue, metrics, rest, offsets);
        } catch (RuntimeException e) {
            streams.close();
            throw e;
        }
        streams.starter.start();
        return streams;
    }

    private void startPublic(KrakenSourceTaskConfig config, RecordFactory records, RecordQueue queue, TaskMetrics metrics) {
        Map<SpotChannel, List<String>> channels = new EnumMap<>(SpotChannel.class);
        List<Subscription> subscriptions = new ArrayList<>();
        boolean emitInstrument = config.taskGlobal() && config.channels().contains(SpotChannel.INSTRUMENT);
        boolean needsPrecisions = !config.taskSymbols().isEmpty()
                && (config.channels().contains(SpotChannel.BOOK) || config.channels().contains(SpotChannel.LEVEL3));
        if (emitInstrument || needsPrecisions) {
            subscriptions.add(Subscriptions.instrument());
            if (emitInstrument) {
                channels.put(SpotChannel.INSTRUMENT, List.of());
            }
        }
        for (SpotChannel channel : List.of(SpotChannel.TICKER, SpotChannel.BOOK, SpotChannel.TRADE, SpotChannel.OHLC)) {
            if (config.channels().contains(channel) && !config.taskSymbols().isEmpty()) {
                channels.put(channel, config.taskSymbols());
                subscriptions.addAll(Subscriptions.of(channel, config.taskSymbols(), config));
            }
        }
        if (subscriptions.isEmpty()) {
            return;
        }
        AtomicReference<WsStream> self = new AtomicReference<>();
        if (channels.containsKey(SpotChannel.BOOK)) {
            BookResets resets = new BookResets(records,
                    (channel, symbol) -> self.get().resubscribe(Subscriptions.book(List.of(symbol), config)), metrics);
            this.books = new L2BookKeeper(config.bookDepth(), precisions, records, resets);
        }
        ChannelRouter router = new ChannelRouter(new FrameMapper(records), precisions, books, null, null, null,
                new GapRecords(records), channels, emitInstrument);
        self.set(open(SpotEndpoint.PUBLIC, config, null, router, queue, metrics));
        starter.add(() -> self.get().start(subscriptions, config.wsRequestTimeout().plus(config.wsConnectTimeout())));
    }

    private void startLevel3(KrakenSourceTaskConfig config, RecordFactory records, RecordQueue queue, TaskMetrics metrics,
                             KrakenRestClient rest) {
        if (!config.channels().contains(SpotChannel.LEVEL3) || config.taskSymbols().isEmpty()) {
            return;
        }
        AtomicReference<WsStream> self = new AtomicReference<>();
        BookResets resets = new BookResets(records,
                (channel, symbol) -> self.get().resubscribe(Subscriptions.level3(List.of(symbol), config)), metrics);
        L3BookKeeper level3 = new L3BookKeeper(config.level3Depth(), precisions, records, resets);
        ChannelRouter router = new ChannelRouter(new FrameMapper(records), precisions, null, level3, null, null,
                new GapRecords(records), Map.of(SpotChannel.LEVEL3, config.taskSymbols()), false);
        self.set(open(SpotEndpoint.LEVEL3, config, KrakenConnection.wsTokens(rest), router, queue, metrics));
        starter.add(() -> self.get().start(List.of(Subscriptions.level3(config.taskSymbols(), config)),
                config.wsRequestTimeout().plus(config.wsConnectTimeout())));
    }

    private void startPrivate(KrakenSourceTaskConfig config, RecordFactory records, RecordQueue queue, TaskMetrics metrics,
                              KrakenRestClient rest, OffsetStorageReader offsets) {
        if (!config.taskGlobal()) {
            return;
        }
        Map<SpotChannel, List<String>> channels = new EnumMap<>(SpotChannel.class);
        List<Subscription> subscriptions = new ArrayList<>();
        for (SpotChannel channel : List.of(SpotChannel.EXECUTIONS, SpotChannel.BALANCES)) {
            if (config.channels().contains(channel)) {
                channels.put(channel, List.of());
                subscriptions.addAll(Subscriptions.of(channel, List.of(), config));
            }
        }
        if (subscriptions.isEmpty()) {
            return;
        }
        ExecutionBackfill backfill = config.executionsBackfill() && channels.containsKey(SpotChannel.EXECUTIONS)
                ? new ExecutionBackfill(rest, records, config.connection().apiKey().value()) : null;
        ExecutionCursor resumeFrom = backfill == null ? null : ExecutionCursor.fromMap(offsets.offset(backfill.partition()));
        if (resumeFrom != null) {
            log.info("Executions resume after the fill {} of {}", resumeFrom.execId(), resumeFrom.time());
        }
        ChannelRouter router = new ChannelRouter(new FrameMapper(records), precisions, null, null, backfill, resumeFrom,
                new GapRecords(records), channels, false);
        WsStream stream = open(SpotEndpoint.PRIVATE, config, KrakenConnection.wsTokens(rest), router, queue, metrics);
        starter.add(() -> stream.start(subscriptions, config.wsRequestTimeout().plus(config.wsConnectTimeout())));
    }

    /** Opens the stream of one endpoint, named after it ({@code public}, {@code private}, {@code level3}). */
    private WsStream open(SpotEndpoint endpoint, KrakenSourceTaskConfig config, TokenProvider tokens, FrameHandler router,
                          RecordQueue queue, TaskMetrics metrics) {
        String name = endpoint.name().toLowerCase(Locale.ROOT);
        URI uri = endpoint.uri(config.connection().endpoints());
        WsStream stream = new WsStream(name, config.wsConfig(uri, name), tokens, router, queue, metrics);
        streams.add(stream);
        return stream;
    }

    /** Periodic top-N snapshots of the healthy L2 books (empty without book channel). */
    public List<SourceRecord> bookTopN(int topN) {
        return books == null ? List.of() : books.topN(topN, Instant.now());
    }

    @Override
    public void close() {
        if (starter != null) {
            starter.close();
        }
        streams.forEach(WsStream::close);
    }

}
