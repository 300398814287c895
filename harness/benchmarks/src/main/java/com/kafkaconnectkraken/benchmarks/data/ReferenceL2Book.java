package com.kafkaconnectkraken.benchmarks.data;

import com.kafkaconnectkraken.client.book.BookLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * A deliberately plain L2 book written straight from docs/protocol/kraken-spot.md §2.2/3.1 and 9 (price -> qty maps,
 * the checksum string rebuilt on every call). It produces the expected checksums of the synthetic
 * streams, independently of the {@code L2Book} under measurement; it is never benchmarked.
 */
final class ReferenceL2Book {

    private final int depth;
    private final int pricePrecision;
    private final int qtyPrecision;
    private final TreeMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<BigDecimal, BigDecimal> asks = new TreeMap<>();

    ReferenceL2Book(int depth, int pricePrecision, int qtyPrecision) {
        this.depth = depth;
        this.pricePrecision = pricePrecision;
        this.qtyPrecision = qtyPrecision;
    }

    void apply(boolean snapshot, List<BookLevel> newBids, List<BookLevel> newAsks) {
        if (snapshot) {
            bids.clear();
            asks.clear();
        }
        apply(bids, newBids);
        apply(asks, newAsks);
    }

    boolean has(boolean bid, BigDecimal price) {
        return (bid ? bids : asks).containsKey(price);
    }

    long checksum() {
        String input = side(asks) + side(bids);
        CRC32 crc = new CRC32();
        crc.update(input.getBytes(StandardCharsets.US_ASCII));
        return crc.getValue();
    }

    private void apply(TreeMap<BigDecimal, BigDecimal> side, List<BookLevel> levels) {
        for (BookLevel level : levels) {
            if (level.qty().signum() == 0) {
                side.remove(level.price());
            } else {
                side.put(level.price(), level.qty());
            }
        }
        while (side.size() > depth) {
            side.pollLastEntry();
        }
    }

    private String side(TreeMap<BigDecimal, BigDecimal> side) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (Map.Entry<BigDecimal, BigDecimal> level : side.entrySet()) {
            if (n++ == 10) {
                break;
            }
            out.append(token(level.getKey(), pricePrecision)).append(token(level.getValue(), qtyPrecision));
        }
        return out.toString();
    }

    /** docs/protocol/kraken-spot.md §9: fixed precision, dot removed, leading zeros stripped. */
    static String token(BigDecimal value, int precision) {
        String s = value.setScale(precision, RoundingMode.UNNECESSARY).toPlainString().replace(".", "");
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }
}
