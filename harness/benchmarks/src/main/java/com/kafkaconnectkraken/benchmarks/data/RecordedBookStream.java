package com.kafkaconnectkraken.benchmarks.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.book.BookLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The recorded real BTC/USD depth-10 book stream
 * ({@code checksum/book_replay_btcusd_depth10_python_kraken_sdk.json}: 1 snapshot + 509 updates,
 * every checksum from Kraken itself).
 *
 * <p>The vector stores numbers as Python floats ({@code 4.0}); Kraken's wire carries the instrument
 * precision ({@code 4.00000000}, docs/protocol/kraken-spot.md §1.5), so every price/qty is rescaled, exactly, to
 * {@code price_precision}/{@code qty_precision} to replay what the connector really receives.
 */
public final class RecordedBookStream {

    /** Name of this stream as a JMH parameter value. */
    public static final String NAME = "recorded-depth10";

    /** The vector file, relative to the vectors directory. */
    public static final String FILE = "checksum/book_replay_btcusd_depth10_python_kraken_sdk.json";

    private RecordedBookStream() {
    }

    /**
     * Loads and rescales the stream.
     *
     * @return the stream; message 0 is the snapshot
     * @throws IllegalStateException if the vectors directory cannot be found
     */
    public static L2Stream load() {
        JsonNode vector = VectorsDir.read(FILE);
        int pricePrecision = vector.path("instrument_precision").path("price_precision").intValue();
        int qtyPrecision = vector.path("instrument_precision").path("qty_precision").intValue();
        List<BookMessage> messages = new ArrayList<>();
        messages.add(message(vector.get("init"), pricePrecision, qtyPrecision));
        for (JsonNode update : vector.get("updates")) {
            messages.add(message(update, pricePrecision, qtyPrecision));
        }
        String symbol = vector.get("init").get("data").get(0).get("symbol").asText();
        return new L2Stream(NAME, symbol, vector.get("depth").intValue(), pricePrecision, qtyPrecision,
                List.copyOf(messages));
    }

    private static BookMessage message(JsonNode frame, int pricePrecision, int qtyPrecision) {
        JsonNode data = frame.get("data").get(0);
        return new BookMessage("snapshot".equals(frame.get("type").asText()),
                levels(data.get("bids"), pricePrecision, qtyPrecision),
                levels(data.get("asks"), pricePrecision, qtyPrecision),
                data.get("checksum").longValue(),
                data.hasNonNull("timestamp") ? Instant.parse(data.get("timestamp").asText()) : null);
    }

    private static List<BookLevel> levels(JsonNode array, int pricePrecision, int qtyPrecision) {
        List<BookLevel> out = new ArrayList<>(array.size());
        for (JsonNode level : array) {
            out.add(new BookLevel(scaled(level.get("price"), pricePrecision), scaled(level.get("qty"), qtyPrecision)));
        }
        return List.copyOf(out);
    }

    private static BigDecimal scaled(JsonNode number, int precision) {
        return number.decimalValue().setScale(precision, RoundingMode.UNNECESSARY);
    }
}
