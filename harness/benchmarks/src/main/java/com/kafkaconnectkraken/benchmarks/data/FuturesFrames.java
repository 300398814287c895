package com.kafkaconnectkraken.benchmarks.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Kraken Futures frames for the frame-to-record benchmarks, built from the recorded samples of
 * testdata/kraken-vectors/futures/feeds_samples.json: {@code ticker} and {@code open_orders} are the samples as
 * recorded; {@code fills} are the {@code fills_snapshot} sample as live {@code fills} messages, each with a new
 * {@code fill_id} (so none is skipped as a duplicate); {@code book} is the recorded {@code book_snapshot} followed
 * by seeded single-level deltas with contiguous {@code seq} (the shape of the recorded delta).
 */
public final class FuturesFrames {

    /** Feeds with a frame-to-record benchmark. */
    public static final List<String> FEEDS = List.of(FuturesFeed.TICKER.wireName(), FuturesFeed.FILLS.wireName(),
            FuturesFeed.OPEN_ORDERS.wireName(), FuturesFeed.BOOK.wireName());

    private static final int FRAMES = 10_000;

    private FuturesFrames() {
    }

    /**
     * @param feed a value of {@link #FEEDS}
     * @return the frames, replayed in a loop by the benchmark
     */
    public static List<byte[]> of(String feed) {
        JsonNode samples = VectorsDir.read("futures/feeds_samples.json");
        return switch (FuturesFeed.fromWire(feed)) {
            case TICKER -> List.of(bytes(samples.get("ticker")));
            case OPEN_ORDERS -> List.of(bytes(samples.get("open_orders_delta")));
            case FILLS -> fills((ObjectNode) samples.get("fills_snapshot"));
            case BOOK -> book((ObjectNode) samples.get("book_snapshot"), (ObjectNode) samples.get("book_delta"));
            default -> throw new IllegalArgumentException("No futures frames for " + feed);
        };
    }

    private static List<byte[]> fills(ObjectNode snapshot) {
        List<byte[]> out = new ArrayList<>(FRAMES);
        for (int i = 0; i < FRAMES; i++) {
            ObjectNode message = snapshot.deepCopy();
            message.put("feed", FuturesFeed.FILLS.wireName());
            message.remove("account");
            message.put("username", "DemoUser");
            ArrayNode fills = (ArrayNode) message.get("fills");
            for (int j = 0; j < fills.size(); j++) {
                ((ObjectNode) fills.get(j)).put("fill_id", "bench-" + i + "-" + j);
            }
            out.add(bytes(message));
        }
        return out;
    }

    private static List<byte[]> book(ObjectNode snapshot, ObjectNode deltaShape) {
        List<byte[]> out = new ArrayList<>(FRAMES + 1);
        out.add(bytes(snapshot));
        Random random = new Random(42);
        long seq = snapshot.get("seq").longValue();
        BigDecimal bestBid = snapshot.get("bids").get(0).get("price").decimalValue();
        BigDecimal bestAsk = snapshot.get("asks").get(0).get("price").decimalValue();
        BigDecimal tick = new BigDecimal("0.5");
        for (int i = 0; i < FRAMES; i++) {
            boolean buy = random.nextBoolean();
            BigDecimal distance = tick.multiply(BigDecimal.valueOf(random.nextInt(40)));
            ObjectNode delta = deltaShape.deepCopy();
            delta.put("side", buy ? "buy" : "sell");
            delta.put("seq", ++seq);
            delta.put("price", buy ? bestBid.subtract(distance) : bestAsk.add(distance));
            delta.put("qty", random.nextInt(5) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(1 + random.nextInt(20_000)));
            delta.put("timestamp", delta.get("timestamp").longValue() + i);
            out.add(bytes(delta));
        }
        return out;
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
