package com.kafkaconnectkraken.source.book;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.book.BookJson;
import com.kafkaconnectkraken.client.book.L3Book;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.mapping.FrameMapper;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Maintains one {@link L3Book} per symbol from the WS v2 level3 channel
 * (https://docs.kraken.com/api/docs/websocket-v2/level3, checksum per PROTOCOL.md 3.2); same
 * publish-only-when-verified and per-symbol resync behaviour as {@link L2BookKeeper}. Thread-safe.
 */
public final class L3BookKeeper {

    private final int depth;
    private final Precisions precisions;
    private final RecordFactory records;
    private final BookResets resets;
    private final Map<String, L3Book> books = new HashMap<>();

    /**
     * @param depth      subscribed depth
     * @param precisions instrument precisions for checksum formatting
     * @param records    record factory
     * @param resets     mismatch handling
     */
    public L3BookKeeper(int depth, Precisions precisions, RecordFactory records, BookResets resets) {
        this.depth = depth;
        this.precisions = precisions;
        this.records = records;
        this.resets = resets;
    }

    /**
     * Applies a level3 frame.
     *
     * @return level3 records (verified) and reset records, in wire order
     * @throws DataException if the frame has no data array
     */
    public synchronized List<SourceRecord> onMessage(KrakenWsMessage message) {
        if (message.data() == null || !message.data().isArray()) {
            throw new DataException("Channel level3: 'data' must be an array");
        }
        List<SourceRecord> out = new ArrayList<>();
        boolean snapshot = "snapshot".equals(message.type());
        for (JsonNode item : message.data()) {
            String symbol = item.path("symbol").asText(null);
            if (symbol == null) {
                throw new DataException("Channel level3: element without symbol");
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
        L3Book book = snapshot ? newBook(symbol) : books.get(symbol);
        if (book == null) {
            return null;
        }
        JsonNode checksum = item.get("checksum");
        try {
            if (checksum == null || !checksum.canConvertToLong()) {
                throw new IllegalArgumentException("missing checksum");
            }
            if (snapshot) {
                book.applySnapshot(BookJson.orders(item.get("bids")), BookJson.orders(item.get("asks")));
            } else {
                book.applyUpdate(BookJson.events(item.get("bids")), BookJson.events(item.get("asks")));
            }
        } catch (IllegalArgumentException e) {
            books.remove(symbol);
            return resets.malformed("level3", symbol, e.getMessage(), timestamp, message.receivedAt());
        }
        long computed = book.checksum();
        if (computed != checksum.longValue()) {
            books.remove(symbol);
            return resets.mismatch("level3", symbol, checksum.longValue(), computed, timestamp, message.receivedAt());
        }
        return records.record(RecordType.LEVEL3, FrameMapper.element(message, item, "type"), message.receivedAt());
    }

    private L3Book newBook(String symbol) {
        Precisions.Precision precision = precisions.of(symbol);
        L3Book book = new L3Book(symbol, depth, precision.price(), precision.qty());
        books.put(symbol, book);
        return book;
    }

    /** Drops every book; returns one {@code book_reset} per dropped symbol. */
    public synchronized List<SourceRecord> resetAll(String reason, Instant at) {
        List<SourceRecord> out = new ArrayList<>();
        books.keySet().forEach(symbol -> out.add(resets.reset("level3", symbol, reason, at)));
        books.clear();
        return out;
    }
}
