package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The harness's own L2 book of one symbol, rebuilt from the connector's {@code book} records (JSON, decimals as
 * Kraken's text: {@code decimal.handling.mode=string}) and checked against each record's checksum, written from
 * Kraken's description (https://docs.kraken.com/api/docs/guides/spot-ws-book-v2), not from the client's code: a
 * snapshot replaces the book, an update sets each level's absolute quantity (0 deletes it) and the book is then cut
 * to the subscribed depth; the checksum is the CRC32 (IEEE) of the top 10 asks, best (lowest) first, then the top 10
 * bids, best (highest) first, each level as its price text then its quantity text, with the dot removed and leading
 * zeros stripped.
 */
final class BookReplay {

    private static final int CHECKSUM_LEVELS = 10;

    /** price -> {price text, qty text}, best first */
    private final TreeMap<BigDecimal, String[]> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<BigDecimal, String[]> asks = new TreeMap<>();
    private boolean hasBook;

    /** What one record did to the replayed book. */
    enum Outcome {
        /** a snapshot whose checksum verified */
        SNAPSHOT_VERIFIED,
        /** an update applied to the replayed book, checksum verified */
        UPDATE_VERIFIED,
        /** a record whose checksum does not match the replayed book */
        MISMATCH,
        /** an update with no book to apply it to (no snapshot since the last reset) */
        UPDATE_WITHOUT_BOOK
    }

    /**
     * Applies one {@code book} record.
     *
     * @param value the record's JSON value ({@code type}, {@code depth}, {@code bids}, {@code asks}, {@code checksum})
     * @return what it did; after {@link Outcome#MISMATCH} the book is dropped until the next snapshot
     */
    Outcome apply(JsonNode value) {
        boolean snapshot = "snapshot".equals(value.path("type").asText());
        if (snapshot) {
            bids.clear();
            asks.clear();
            hasBook = true;
        } else if (!hasBook) {
            return Outcome.UPDATE_WITHOUT_BOOK;
        }
        int depth = value.path("depth").asInt(CHECKSUM_LEVELS);
        set(bids, value.path("bids"), depth);
        set(asks, value.path("asks"), depth);
        if (checksum() != value.path("checksum").asLong(-1)) {
            reset();
            return Outcome.MISMATCH;
        }
        return snapshot ? Outcome.SNAPSHOT_VERIFIED : Outcome.UPDATE_VERIFIED;
    }

    /** Drops the book (a {@code book_reset}): updates need a snapshot again. */
    void reset() {
        bids.clear();
        asks.clear();
        hasBook = false;
    }

    /** @return the checksum of the replayed book, unsigned 32-bit */
    long checksum() {
        StringBuilder text = new StringBuilder();
        append(text, asks);
        append(text, bids);
        CRC32 crc = new CRC32();
        crc.update(text.toString().getBytes(StandardCharsets.US_ASCII));
        return crc.getValue();
    }

    private static void set(TreeMap<BigDecimal, String[]> side, JsonNode levels, int depth) {
        for (JsonNode level : levels) {
            String price = level.path("price").asText();
            String qty = level.path("qty").asText();
            if (new BigDecimal(qty).signum() == 0) {
                side.remove(new BigDecimal(price));
            } else {
                side.put(new BigDecimal(price), new String[] {price, qty});
            }
        }
        while (side.size() > depth) {
            side.pollLastEntry();
        }
    }

    private static void append(StringBuilder text, TreeMap<BigDecimal, String[]> side) {
        Iterator<Map.Entry<BigDecimal, String[]>> levels = side.entrySet().iterator();
        for (int i = 0; i < CHECKSUM_LEVELS && levels.hasNext(); i++) {
            String[] level = levels.next().getValue();
            text.append(token(level[0])).append(token(level[1]));
        }
    }

    /** Kraken's checksum token: the decimal text without its dot and without leading zeros. */
    private static String token(String decimal) {
        String digits = decimal.replace(".", "");
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
