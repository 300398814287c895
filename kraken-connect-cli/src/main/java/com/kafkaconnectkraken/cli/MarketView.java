package com.kafkaconnectkraken.cli;

import com.kafkaconnectkraken.client.book.BookLevel;
import com.kafkaconnectkraken.client.book.L2Book;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.GenericRecord;

/**
 * What the progress lines show, built from the decoded Avro records: records per topic per second, the top of each
 * symbol's L2 book (kept with the project's {@link L2Book} from {@code book} snapshots and updates) and the last
 * trades. Not thread-safe: used by the monitor thread only.
 */
final class MarketView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final int LAST_TRADES = 4;

    private final Map<String, Long> counts = new TreeMap<>();
    private final Map<String, Long> countsAtLastReport = new TreeMap<>();
    private final Map<String, L2Book> books = new TreeMap<>();
    private final Deque<String> trades = new ArrayDeque<>();
    private final Map<String, String> quotes = new TreeMap<>();
    private long lastReportNanos = System.nanoTime();

    /** Counts one record of a topic (decoded or not). */
    void count(String topic) {
        counts.merge(topic, 1L, Long::sum);
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Applies a decoded {@code book} record ({@code book.avsc}: type snapshot, update or top_n). */
    void book(GenericRecord record) {
        String symbol = record.get("symbol").toString();
        L2Book book = books.computeIfAbsent(symbol, s -> new L2Book(s, ((Number) record.get("depth")).intValue(), null, null));
        List<BookLevel> bids = levels(record.get("bids"));
        List<BookLevel> asks = levels(record.get("asks"));
        if ("update".equals(record.get("type").toString())) {
            book.applyUpdate(bids, asks);
        } else {
            book.applySnapshot(bids, asks);
        }
    }

    /** Remembers a decoded {@code trade} record ({@code trade.avsc}). */
    void trade(GenericRecord record) {
        Object time = record.get("timestamp");
        String when = time instanceof Long millis ? TIME.format(Instant.ofEpochMilli(millis)) : "";
        trades.addFirst(String.format("%s %s %s %s @ %s", when, record.get("symbol"), record.get("side"),
                plain(decimal(record, "qty")), plain(decimal(record, "price"))));
        while (trades.size() > LAST_TRADES) {
            trades.removeLast();
        }
    }

    /** Remembers a decoded Trader API {@code quote} record ({@code trader/quote.avsc}: symbol, bid, ask). */
    void quote(GenericRecord record) {
        quotes.put(record.get("symbol").toString(), String.format("bid %s | ask %s", plain(decimal(record, "bid")),
                plain(decimal(record, "ask"))));
    }

    /** Prints rates since the previous report, tops of book, Trader quotes and last trades. */
    void report(Console console) {
        double seconds = Math.max(0.001, (System.nanoTime() - lastReportNanos) / 1e9);
        lastReportNanos = System.nanoTime();
        List<String> rates = new ArrayList<>();
        counts.forEach((topic, count) -> {
            long delta = count - countsAtLastReport.getOrDefault(topic, 0L);
            rates.add(String.format("%s %.1f/s", topic, delta / seconds));
        });
        countsAtLastReport.putAll(counts);
        console.say("records: %s (total %d)", String.join(", ", rates), total());
        books.forEach((symbol, book) -> {
            if (!book.bids().isEmpty() && !book.asks().isEmpty()) {
                BookLevel bid = book.bids().get(0);
                BookLevel ask = book.asks().get(0);
                console.detail("%-8s bid %s x %s | ask %s x %s", symbol, plain(bid.price()), plain(bid.qty()),
                        plain(ask.price()), plain(ask.qty()));
            }
        });
        quotes.forEach((symbol, quote) -> console.detail("%-8s %s (Trader API)", symbol, quote));
        if (!trades.isEmpty()) {
            console.detail("last trades: %s", String.join(" | ", trades));
        }
    }

    private static List<BookLevel> levels(Object array) {
        List<BookLevel> levels = new ArrayList<>();
        for (Object item : (List<?>) array) {
            GenericRecord level = (GenericRecord) item;
            levels.add(new BookLevel(decimal(level, "price"), decimal(level, "qty")));
        }
        return levels;
    }

    /**
     * @return the decimal in a field written as Avro {@code bytes} with logical type decimal (optional unions allowed;
     *         see {@link AvroJson#decimal}) or as a string ({@code decimal.handling.mode=string}); null if absent
     */
    static BigDecimal decimal(GenericRecord record, String field) {
        Object value = record.get(field);
        if (value instanceof CharSequence text) {
            return new BigDecimal(text.toString());
        }
        return AvroJson.decimal(value, record.getSchema().getField(field).schema());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
