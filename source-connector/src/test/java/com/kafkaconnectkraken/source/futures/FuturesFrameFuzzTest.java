package com.kafkaconnectkraken.source.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.book.SequencedBook;
import com.kafkaconnectkraken.client.ws.FuturesMessage;
import com.kafkaconnectkraken.client.ws.FuturesWsListener;
import com.kafkaconnectkraken.client.ws.FuturesWsSession;
import com.kafkaconnectkraken.client.ws.FuzzWires;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.book.BookResets;
import com.kafkaconnectkraken.source.fuzz.FrameFuzz;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.stream.GapRecords;
import com.kafkaconnectkraken.source.stream.RecordQueue;
import com.kafkaconnectkraken.source.testing.Vectors;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fuzz of the Futures source (issue 15, scenario 5): mutations of the recorded feed frames in
 * {@code testdata/kraken-vectors/futures/feeds_samples.json}, routed through the session's Futures frame router into
 * {@link FuturesStream} (records and books). Each mutated frame is followed by the real book snapshot, so book deltas
 * meet a fresh book. Size and seed: see {@link FrameFuzz}.
 */
class FuturesFrameFuzzTest {

    private static final JsonNode SAMPLES = Vectors.json("futures/feeds_samples.json");

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final RecordFactory factory = FuturesRecordsTest.factory(DecimalHandlingMode.PRECISE);
    private final RecordQueue queue = new RecordQueue(100_000);
    private final TaskMetrics metrics = new TaskMetrics("futures-fuzz", 0);
    private final FrameFuzz fuzz = new FrameFuzz("futures", metrics, queue);
    private final FuturesBooks books = new FuturesBooks(10, SequencedBook.Mode.CONTIGUOUS, factory,
            new BookResets(factory, FuturesRecordType.BOOK_RESET, (feed, product) -> { }, metrics));
    private final FuturesStream stream = new FuturesStream("futures-fuzz", listener -> new FuturesWsSession(
            KrakenWsConfig.builder(URI.create("ws://127.0.0.1:9/ws/v1")).name("futures-fuzz").build(), null, null,
            listener), new FuturesRecords(factory), books, new GapRecords(factory, FuturesRecordType.GAP), queue, metrics);

    @AfterEach
    void close() {
        stream.close();
        metrics.close();
        timer.shutdownNow();
    }

    @Test
    void mutatedFuturesFramesAreRecordsThatFitOrCountedOnce() throws Exception {
        Consumer<String> route = FuzzWires.futures(guarded(), timer);
        List<JsonNode> seeds = new ArrayList<>();
        for (String name : List.of("ticker", "book_snapshot", "book_delta", "fills_snapshot", "open_orders_delta")) {
            seeds.add(SAMPLES.get(name));
        }
        fuzz.run(seeds, List.of(SAMPLES.get("book_snapshot").toString()), FrameFuzz.framesPerVenue(), route,
                (mutation, produced) -> { });
        assertEquals(0, fuzz.escaped.size(), "exceptions escaped the stream (seed " + FrameFuzz.seed() + ")");
    }

    private FuturesWsListener guarded() {
        return new FuturesWsListener() {
            @Override
            public void onFeedMessage(FuturesMessage message) {
                fuzz.guard(() -> stream.onFeedMessage(message));
            }

            @Override
            public void onMalformedFrame(String frame, Exception cause) {
                fuzz.guard(() -> stream.onMalformedFrame(frame, cause));
            }
        };
    }
}
