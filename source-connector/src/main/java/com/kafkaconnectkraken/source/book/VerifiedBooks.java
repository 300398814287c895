package com.kafkaconnectkraken.source.book;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The per-symbol verify/reset/resync flow shared by {@link L2BookKeeper} and {@link L3BookKeeper}
 * (checksums per docs/protocol/kraken-spot.md §3.1 and 3.2): one local book per symbol, created by a snapshot,
 * updated in wire order, and published only after it matched the frame's {@code checksum}. An
 * unusable element ({@link IllegalArgumentException} from the update, or no checksum) or a checksum
 * mismatch drops that symbol's book and yields a {@code book_reset} record from {@link BookResets}
 * (which also starts the per-symbol resync); the symbol's updates are ignored until its fresh
 * snapshot arrives. Thread-safe: every method holds this object's lock.
 *
 * @param <B> the book type ({@code L2Book} or {@code L3Book})
 */
final class VerifiedBooks<B> {

    /** Applies one snapshot or update element to a book. */
    @FunctionalInterface
    interface Update<B> {
        /** @throws IllegalArgumentException if the element cannot be applied (bad levels or orders) */
        void apply(B book, JsonNode item, boolean snapshot);
    }

    private final String channel;
    private final Function<String, B> newBook;
    private final Update<B> update;
    private final ToLongFunction<B> checksum;
    private final BiFunction<KrakenWsMessage, JsonNode, SourceRecord> publish;
    private final BookResets resets;
    private final Map<String, B> books = new HashMap<>();

    /**
     * @param channel  WS v2 channel name ({@code book} or {@code level3}), used in errors and resets
     * @param newBook  creates the empty book of a symbol
     * @param update   applies an element to a book
     * @param checksum the book's unsigned CRC32 checksum
     * @param publish  builds the record of a verified element
     * @param resets   mismatch handling
     */
    VerifiedBooks(String channel, Function<String, B> newBook, Update<B> update, ToLongFunction<B> checksum,
                  BiFunction<KrakenWsMessage, JsonNode, SourceRecord> publish, BookResets resets) {
        this.channel = channel;
        this.newBook = newBook;
        this.update = update;
        this.checksum = checksum;
        this.publish = publish;
        this.resets = resets;
    }

    /**
     * Applies a frame of the channel.
     *
     * @return published records (verified) and reset records, in wire order
     * @throws DataException if the frame has no data array, its type is neither snapshot nor update, or an element has
     *                       no symbol
     */
    synchronized List<SourceRecord> onMessage(KrakenWsMessage message) {
        if (message.data() == null || !message.data().isArray()) {
            throw new DataException("Channel " + channel + ": 'data' must be an array");
        }
        if (!"snapshot".equals(message.type()) && !"update".equals(message.type())) {
            throw new DataException("Channel " + channel + ": type must be snapshot or update");
        }
        List<SourceRecord> out = new ArrayList<>();
        boolean snapshot = "snapshot".equals(message.type());
        for (JsonNode item : message.data()) {
            String symbol = item.path("symbol").asText(null);
            if (symbol == null) {
                throw new DataException("Channel " + channel + ": element without symbol");
            }
            SourceRecord record = apply(message, item, symbol, snapshot);
            if (record != null) {
                out.add(record);
            }
        }
        return out;
    }

    private SourceRecord apply(KrakenWsMessage message, JsonNode item, String symbol, boolean snapshot) {
        String timestamp = item.path("timestamp").asText(null);
        B book = snapshot ? created(symbol) : books.get(symbol);
        if (book == null) {
            return null; // resync in progress: wait for the snapshot
        }
        JsonNode expected = item.get("checksum");
        try {
            if (expected == null || !expected.canConvertToLong()) {
                throw new IllegalArgumentException("missing checksum");
            }
            update.apply(book, item, snapshot);
        } catch (IllegalArgumentException e) {
            books.remove(symbol);
            return resets.malformed(channel, symbol, e.getMessage(), timestamp, message.receivedAt());
        }
        long computed = checksum.applyAsLong(book);
        if (computed != expected.longValue()) {
            books.remove(symbol);
            return resets.mismatch(channel, symbol, expected.longValue(), computed, timestamp, message.receivedAt());
        }
        return publish.apply(message, item);
    }

    private B created(String symbol) {
        B book = newBook.apply(symbol);
        books.put(symbol, book);
        return book;
    }

    /** Runs {@code action} on every healthy book, holding the lock. */
    synchronized void forEach(BiConsumer<String, B> action) {
        books.forEach(action);
    }

    /**
     * Drops every book (after a reconnect the session resubscribes and snapshots follow).
     *
     * @return one {@code book_reset} per dropped symbol
     */
    synchronized List<SourceRecord> resetAll(String reason, Instant at) {
        List<SourceRecord> out = new ArrayList<>();
        books.keySet().forEach(symbol -> out.add(resets.reset(channel, symbol, reason, at)));
        books.clear();
        return out;
    }
}
