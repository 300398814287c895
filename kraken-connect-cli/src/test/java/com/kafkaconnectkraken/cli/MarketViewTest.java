package com.kafkaconnectkraken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

/**
 * The progress view over records shaped by the published contract ({@code schemas/book.avsc}, {@code trade.avsc}):
 * decimals as Avro bytes (scale 18), book snapshot then updates (qty 0 deletes a level), last trades newest first.
 * Expected lines are worked out by hand from the records below.
 */
class MarketViewTest {

    private static final Path SCHEMAS = Path.of(System.getProperty("kraken.schemas.dir", "../schemas"));

    @Test
    void showsTopOfBookAfterSnapshotAndUpdatesAndTheLastTrades() throws IOException {
        Schema book = new Schema.Parser().parse(SCHEMAS.resolve("book.avsc").toFile());
        Schema trade = new Schema.Parser().parse(SCHEMAS.resolve("trade.avsc").toFile());
        MarketView view = new MarketView();

        view.book(book(book, "snapshot", List.of(level(book, "100.1", "2"), level(book, "100.0", "1")),
                List.of(level(book, "100.2", "3"), level(book, "100.3", "4"))));
        // 100.1 deleted: 100.0 becomes the best bid; the ask at 100.2 shrinks to 0.5
        view.book(book(book, "update", List.of(level(book, "100.1", "0")), List.of(level(book, "100.2", "0.5"))));
        view.trade(trade(trade, "buy", "0.25", "100.2", 1_700_000_000_000L));
        view.trade(trade(trade, "sell", "1.5", "100.0", 1_700_000_001_000L));
        view.count("kraken.book");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        view.report(new Console(System.currentTimeMillis(), new PrintStream(out, true, StandardCharsets.UTF_8)));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

        assertTrue(lines.get(0).contains("records: kraken.book ") && lines.get(0).endsWith("(total 1)"), lines.get(0));
        assertEquals("BTC/USD  bid 100 x 1 | ask 100.2 x 0.5", lines.get(1).trim());
        assertEquals("last trades: 22:13:21 BTC/USD sell 1.5 @ 100 | 22:13:20 BTC/USD buy 0.25 @ 100.2", lines.get(2).trim());
    }

    private static GenericRecord book(Schema schema, String type, List<GenericRecord> bids, List<GenericRecord> asks) {
        GenericRecord record = new GenericData.Record(schema);
        record.put("symbol", "BTC/USD");
        record.put("type", type);
        record.put("depth", 10);
        record.put("bids", bids);
        record.put("asks", asks);
        record.put("checksum", 0L);
        record.put("received_at", 0L);
        return record;
    }

    private static GenericRecord level(Schema book, String price, String qty) {
        GenericRecord level = new GenericData.Record(book.getField("bids").schema().getElementType());
        level.put("price", scale18(price));
        level.put("qty", scale18(qty));
        return level;
    }

    private static GenericRecord trade(Schema schema, String side, String qty, String price, long timestamp) {
        GenericRecord record = new GenericData.Record(schema);
        record.put("symbol", "BTC/USD");
        record.put("type", "update");
        record.put("side", side);
        record.put("qty", scale18(qty));
        record.put("price", scale18(price));
        record.put("timestamp", timestamp);
        record.put("received_at", timestamp);
        return record;
    }

    /** Avro decimal bytes: the big-endian two's-complement unscaled value at scale 18. */
    private static ByteBuffer scale18(String value) {
        return ByteBuffer.wrap(new BigDecimal(value).setScale(18).unscaledValue().toByteArray());
    }
}
