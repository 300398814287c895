package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.market.Instrument;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Verifies book records as a consumer would, independently of the connector's own books: each venue's records are
 * replayed in topic order per symbol (records as schemaless JSON with decimals as text, {@code
 * decimal.handling.mode=string}).
 * <ul>
 *   <li>Kraken Spot {@code book}: a book per symbol rebuilt from the records (a snapshot replaces it, an update sets
 *       absolute quantities, 0 deletes, then each side is cut to the record's depth); after every record the CRC32 of
 *       Kraken's documented algorithm (https://docs.kraken.com/api/docs/guides/spot-ws-book-v2: the top 10 asks, best
 *       first, then the top 10 bids, each level's price and quantity at the pair's precision without the dot and
 *       leading zeros) must equal the record's {@code checksum}, the one the exchange sent. The precisions are the
 *       simulator's own ({@link Instrument}).</li>
 *   <li>Kraken Futures {@code futures/book}: per product, each update's {@code seq} is the previous record's plus
 *       one after a snapshot; bids strictly descending, asks strictly ascending, not crossed.</li>
 *   <li>Trader API {@code depth}: each record is a whole book to the subscribed depth (docs/protocol/trader-api.md
 *       §4): at most that many levels, bids strictly descending, asks strictly ascending, not crossed.</li>
 * </ul>
 * A record that fails is counted as unverified; on Spot, the symbol's book is then unknown until its next
 * snapshot, and updates meanwhile count as unverified too.
 */
final class BookChecks {

    /** Levels per side Kraken's book checksum covers. */
    private static final int CHECKSUM_LEVELS = 10;

    /**
     * @param records     book records read
     * @param snapshots   of them snapshots
     * @param unverified  records that do not verify
     * @param firstFailures up to 5 failures, described
     */
    record Count(int records, int snapshots, int unverified, List<String> firstFailures) {
    }

    private BookChecks() {
    }

    /** @return the Kraken Spot {@code book} records' count (fields symbol, type, depth, bids, asks, checksum) */
    static Count spot(List<ConsumerRecord<String, String>> records) {
        Map<String, SpotBook> books = new HashMap<>();
        Tally tally = new Tally();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode v = Json.parse(r.value());
            String symbol = v.path("symbol").asText();
            SpotBook book = books.computeIfAbsent(symbol, SpotBook::new);
            String type = v.path("type").asText();
            tally.records++;
            if ("snapshot".equals(type)) {
                tally.snapshots++;
                book.bids.clear();
                book.asks.clear();
                book.known = true;
            } else if (!"update".equals(type)) {
                tally.fail(r, "type " + type);
                continue;
            } else if (!book.known) {
                tally.fail(r, symbol + " update without a verified book (after a failure or before a snapshot)");
                continue;
            }
            apply(book.bids, v.path("bids"));
            apply(book.asks, v.path("asks"));
            int depth = v.path("depth").asInt(CHECKSUM_LEVELS);
            truncate(book.bids, depth);
            truncate(book.asks, depth);
            long expected = v.path("checksum").asLong(-1);
            long actual;
            try {
                actual = book.checksum();
            } catch (ArithmeticException e) {
                actual = -2;
            }
            if (actual != expected) {
                book.known = false;
                tally.fail(r, symbol + " " + type + " checksum " + expected + " but the replayed book gives " + actual);
            }
        }
        return tally.count();
    }

    /** @return the Kraken Futures {@code futures/book} records' count (fields product_id, type, seq, bids, asks) */
    static Count futures(List<ConsumerRecord<String, String>> records) {
        Map<String, Long> lastSeq = new HashMap<>();
        Tally tally = new Tally();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode v = Json.parse(r.value());
            String product = v.path("product_id").asText();
            long seq = v.path("seq").asLong();
            tally.records++;
            if ("snapshot".equals(v.path("type").asText())) {
                tally.snapshots++;
            } else {
                Long last = lastSeq.get(product);
                if (last == null || seq != last + 1) {
                    tally.fail(r, product + " update seq " + seq + " after " + last);
                }
            }
            lastSeq.put(product, seq);
            String shape = sortedAndUncrossed(v.path("bids"), v.path("asks"), "qty", Integer.MAX_VALUE);
            if (shape != null) {
                tally.fail(r, product + " " + shape);
            }
        }
        return tally.count();
    }

    /** @return the Trader API {@code depth} records' count (fields symbol, bids, asks of price and size) */
    static Count traderDepth(List<ConsumerRecord<String, String>> records, int depth) {
        Tally tally = new Tally();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode v = Json.parse(r.value());
            tally.records++;
            tally.snapshots++;
            String shape = sortedAndUncrossed(v.path("bids"), v.path("asks"), "size", depth);
            if (shape != null) {
                tally.fail(r, v.path("symbol").asText() + " " + shape);
            }
        }
        return tally.count();
    }

    /** @return null if the sides are well formed, else what is wrong */
    private static String sortedAndUncrossed(JsonNode bids, JsonNode asks, String sizeField, int depth) {
        if (bids.size() > depth || asks.size() > depth) {
            return "more than " + depth + " levels";
        }
        for (JsonNode side : List.of(bids, asks)) {
            for (JsonNode level : side) {
                if (decimal(level.path(sizeField)).signum() <= 0) {
                    return "a level without a positive " + sizeField;
                }
            }
        }
        for (int i = 1; i < bids.size(); i++) {
            if (decimal(bids.get(i).path("price")).compareTo(decimal(bids.get(i - 1).path("price"))) >= 0) {
                return "bids not strictly descending";
            }
        }
        for (int i = 1; i < asks.size(); i++) {
            if (decimal(asks.get(i).path("price")).compareTo(decimal(asks.get(i - 1).path("price"))) <= 0) {
                return "asks not strictly ascending";
            }
        }
        if (!bids.isEmpty() && !asks.isEmpty()
                && decimal(bids.get(0).path("price")).compareTo(decimal(asks.get(0).path("price"))) >= 0) {
            return "crossed (best bid >= best ask)";
        }
        return null;
    }

    private static void apply(NavigableMap<BigDecimal, BigDecimal> side, JsonNode levels) {
        for (JsonNode level : levels) {
            BigDecimal price = decimal(level.path("price"));
            BigDecimal qty = decimal(level.path("qty"));
            if (qty.signum() == 0) {
                side.remove(price);
            } else {
                side.put(price, qty);
            }
        }
    }

    private static void truncate(NavigableMap<BigDecimal, BigDecimal> side, int depth) {
        while (side.size() > depth) {
            side.pollLastEntry();
        }
    }

    private static BigDecimal decimal(JsonNode value) {
        return new BigDecimal(value.asText());
    }

    /** One symbol's replayed book (best first on each side). */
    private static final class SpotBook {
        final Instrument instrument;
        final NavigableMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Comparator.reverseOrder());
        final NavigableMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
        boolean known;

        SpotBook(String symbol) {
            this.instrument = Instrument.forSymbol(symbol);
        }

        /** @throws ArithmeticException if a level has more decimals than the pair's precision */
        long checksum() {
            StringBuilder text = new StringBuilder();
            for (NavigableMap<BigDecimal, BigDecimal> side : List.of(asks, bids)) {
                int n = 0;
                for (Map.Entry<BigDecimal, BigDecimal> level : side.entrySet()) {
                    if (n++ == CHECKSUM_LEVELS) {
                        break;
                    }
                    text.append(token(level.getKey(), instrument.pricePrecision()))
                            .append(token(level.getValue(), instrument.qtyPrecision()));
                }
            }
            CRC32 crc = new CRC32();
            crc.update(text.toString().getBytes(StandardCharsets.US_ASCII));
            return crc.getValue();
        }

        private static String token(BigDecimal value, int precision) {
            String digits = value.setScale(precision).toPlainString().replace(".", "");
            int i = 0;
            while (i < digits.length() - 1 && digits.charAt(i) == '0') {
                i++;
            }
            return digits.substring(i);
        }
    }

    private static final class Tally {
        int records;
        int snapshots;
        int unverified;
        final List<String> failures = new ArrayList<>();

        void fail(ConsumerRecord<String, String> r, String what) {
            unverified++;
            if (failures.size() < 5) {
                failures.add(r.topic() + "@" + r.offset() + ": " + what);
            }
        }

        Count count() {
            return new Count(records, snapshots, unverified, List.copyOf(failures));
        }
    }
}
