package com.kafkaconnectkraken.source.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.ws.FuzzWires;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.KrakenWsListener;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.book.BookResets;
import com.kafkaconnectkraken.source.book.L2BookKeeper;
import com.kafkaconnectkraken.source.book.L3BookKeeper;
import com.kafkaconnectkraken.source.book.Precisions;
import com.kafkaconnectkraken.source.config.KrakenSourceConnectorConfig;
import com.kafkaconnectkraken.source.fuzz.FrameFuzz;
import com.kafkaconnectkraken.source.fuzz.FrameMutator;
import com.kafkaconnectkraken.source.mapping.FrameMapper;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.mapping.StructMapper;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.testing.Vectors;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fuzz of the Spot source (issue 15, scenario 5): mutations of every WS v2 push in {@code testdata/kraken-vectors/ws-v2}
 * and of the recorded BTC/USD book (snapshot and first update), routed through the session's frame router into
 * {@link WsStream} and its {@link ChannelRouter} (frame mapper, L2 and L3 book keepers with checksums). Each mutated
 * frame is followed by the real snapshot, so every mutated update meets the verified book it was recorded against.
 * A BTC/USD book record is published only with the recorded frame's checksum, i.e. when the book it leaves matches the
 * recorded one (Kraken's checksum covers the top 10 levels; a mutated level outside them cannot be told apart, by
 * design). Size and seed: see {@link FrameFuzz}.
 */
class SpotFrameFuzzTest {

    private static final JsonNode REPLAY = Vectors.json("checksum/book_replay_btcusd_depth10_python_kraken_sdk.json");

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final RecordFactory records = new RecordFactory(new StructMapper(DecimalHandlingMode.PRECISE),
            new KrakenSourceConnectorConfig(Map.of("symbols", "BTC/USD")).topicNames());
    private final RecordQueue queue = new RecordQueue(100_000);
    private final TaskMetrics metrics = new TaskMetrics("spot-fuzz", 0);
    private final FrameFuzz fuzz = new FrameFuzz("spot", metrics, queue);
    private final Precisions precisions = new Precisions();
    private final BookResets resets = new BookResets(records, (channel, symbol) -> { }, metrics);
    private final WsStream stream = new WsStream("public", KrakenWsConfig.builder(URI.create("ws://127.0.0.1:9/v2"))
            .name("spot-fuzz").build(), null, new ChannelRouter(new FrameMapper(records), precisions,
            new L2BookKeeper(10, precisions, records, resets), new L3BookKeeper(10, precisions, records, resets), null, null,
            new GapRecords(records), allChannels(), true), queue, metrics);

    @AfterEach
    void close() {
        stream.close();
        metrics.close();
        timer.shutdownNow();
    }

    @Test
    void mutatedSpotFramesAreRecordsThatFitOrCountedOnceAndBooksStayVerified() throws Exception {
        Consumer<String> route = FuzzWires.spot(guarded(), timer);
        route.accept(instrumentFrame());
        assertEquals(1, queue.poll(10, java.time.Duration.ZERO).size(), "the instrument record of the precisions");
        List<JsonNode> seeds = new ArrayList<>();
        for (String file : List.of("balances", "book", "executions", "instrument", "level3", "ohlc", "ticker", "trade")) {
            pushes(Vectors.json("ws-v2/" + file + ".json"), seeds);
        }
        pushes(Vectors.json("checksum/l3_checksum_docs_example.json"), seeds);
        seeds.add(REPLAY.get("init"));
        seeds.add(REPLAY.get("updates").get(0));
        seeds.add(REPLAY.get("updates").get(0));
        fuzz.run(seeds, List.of(REPLAY.get("init").toString()), FrameFuzz.framesPerVenue(), route, this::bookVerified);
        assertEquals(0, fuzz.escaped.size(), "exceptions escaped the stream (seed " + FrameFuzz.seed() + ")");
    }

    /** A published BTC/USD L2 book record carries the recorded checksum: the book it leaves is the verified one. */
    private void bookVerified(FrameMutator.Mutation mutation, List<SourceRecord> produced) {
        for (SourceRecord record : produced) {
            Struct value = (Struct) record.value();
            if (!"kraken.book".equals(record.topic()) || !"BTC/USD".equals(value.get("symbol"))) {
                continue;
            }
            JsonNode original = "snapshot".equals(value.get("type")) ? REPLAY.get("init") : REPLAY.get("updates").get(0);
            JsonNode data = original.get("data").get(0);
            String where = "unverified book record " + value + " from (seed " + FrameFuzz.seed() + ", "
                    + mutation.kinds() + ") " + mutation.text();
            assertEquals(data.get("checksum").longValue(), ((Number) value.get("checksum")).longValue(), where);
        }
    }

    private KrakenWsListener guarded() {
        return new KrakenWsListener() {
            @Override
            public void onMessage(KrakenWsMessage message) {
                fuzz.guard(() -> stream.onMessage(message));
            }

            @Override
            public void onMalformedFrame(String frame, Exception cause) {
                fuzz.guard(() -> stream.onMalformedFrame(frame, cause));
            }
        };
    }

    /** Every data push ({@code channel} and {@code data}, no {@code method}) anywhere in a vector file. */
    private static void pushes(JsonNode node, List<JsonNode> out) {
        if (node.isObject() && node.has("channel") && node.has("data") && !node.has("method")) {
            out.add(node);
        }
        if (node.isContainerNode()) {
            node.forEach(child -> pushes(child, out));
        }
    }

    private static String instrumentFrame() {
        JsonNode precision = REPLAY.get("instrument_precision");
        return "{\"channel\":\"instrument\",\"type\":\"snapshot\",\"data\":{\"assets\":[],\"pairs\":[{\"symbol\":\"BTC/USD\","
                + "\"price_precision\":" + precision.get("price_precision") + ",\"qty_precision\":"
                + precision.get("qty_precision") + "}]}}";
    }

    private static Map<SpotChannel, List<String>> allChannels() {
        Map<SpotChannel, List<String>> channels = new EnumMap<>(SpotChannel.class);
        for (SpotChannel channel : SpotChannel.values()) {
            channels.put(channel, List.of("BTC/USD"));
        }
        return channels;
    }
}
