package com.kafkaconnectkraken.client.book;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * One side of an L2 book: levels sorted best first, each with its checksum token bytes cached
 * when the level is inserted or changed, so a checksum is CRC32 over at most ten cached arrays.
 */
final class L2Side implements ChecksumSide {

    private final TreeMap<BigDecimal, Level> levels;
    private final Integer pricePrecision;
    private final Integer qtyPrecision;
    private byte[] checksumInput = new byte[256];

    L2Side(boolean descending, Integer pricePrecision, Integer qtyPrecision) {
        this.levels = new TreeMap<>(descending ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder());
        this.pricePrecision = pricePrecision;
        this.qtyPrecision = qtyPrecision;
    }

    void clear() {
        levels.clear();
    }

    /** Sets the absolute quantity of a level; zero deletes it. */
    void apply(BookLevel update) {
        if (update.qty().signum() == 0) {
            levels.remove(update.price());
            return;
        }
        Level existing = levels.get(update.price());
        if (existing != null) {
            existing.set(update, existing.priceToken, ChecksumToken.bytes(update.qty(), qtyPrecision));
        } else {
            Level added = new Level();
            added.set(update, ChecksumToken.bytes(update.price(), pricePrecision),
                    ChecksumToken.bytes(update.qty(), qtyPrecision));
            levels.put(update.price(), added);
        }
    }

    /** Drops the worst levels beyond {@code depth} (Kraken sends no delete for them). */
    void truncate(int depth) {
        while (levels.size() > depth) {
            levels.pollLastEntry();
        }
    }

    /**
     * Copies the cached tokens of the top levels into one reused buffer and feeds it to {@code crc}
     * in a single call (one CRC32 call per side instead of one per level).
     */
    @Override
    public void updateChecksum(CRC32 crc, int top) {
        int length = 0;
        int n = 0;
        for (Level level : levels.values()) {
            if (n++ == top) {
                break;
            }
            if (length + level.token.length > checksumInput.length) {
                checksumInput = Arrays.copyOf(checksumInput, Math.max(2 * checksumInput.length, length + level.token.length));
            }
            System.arraycopy(level.token, 0, checksumInput, length, level.token.length);
            length += level.token.length;
        }
        crc.update(checksumInput, 0, length);
    }

    @Override
    public void appendChecksumInput(StringBuilder out, int top) {
        int n = 0;
        for (Level level : levels.values()) {
            if (n++ == top) {
                return;
            }
            out.append(new String(level.token, StandardCharsets.US_ASCII));
        }
    }

    /** @return the best {@code n} levels, best first */
    List<BookLevel> top(int n) {
        List<BookLevel> out = new ArrayList<>(Math.min(n, levels.size()));
        for (Level level : levels.values()) {
            if (out.size() == n) {
                break;
            }
            out.add(level.level);
        }
        return out;
    }

    List<BookLevel> levels() {
        List<BookLevel> out = new ArrayList<>(levels.size());
        for (Level level : levels.values()) {
            out.add(level.level);
        }
        return out;
    }

    int size() {
        return levels.size();
    }

    private static final class Level {
        private BookLevel level;
        private byte[] priceToken;
        private byte[] token;

        void set(BookLevel newLevel, byte[] newPriceToken, byte[] qtyToken) {
            byte[] joined = new byte[newPriceToken.length + qtyToken.length];
            System.arraycopy(newPriceToken, 0, joined, 0, newPriceToken.length);
            System.arraycopy(qtyToken, 0, joined, newPriceToken.length, qtyToken.length);
            this.level = newLevel;
            this.priceToken = newPriceToken;
            this.token = joined;
        }
    }
}
