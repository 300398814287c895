package com.kafkaconnectkraken.source.book;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.book.BookJson;
import com.kafkaconnectkraken.client.book.BookLevel;
import com.kafkaconnectkraken.client.book.L2Book;
import com.kafkaconnectkraken.client.json.KrakenJson;
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
 * Maintains one {@link L2Book} per symbol from the WS v2 book channel
 * (https://docs.kraken.com/api/docs/websocket-v2/book, checksum per PROTOCOL.md 3.1) and publishes
 * a {@code book} record only after the local book matched the frame's checksum. On a mismatch the
 * symbol's book is dropped, a {@code book_reset} record is written and the symbol alone is
 * resubscribed; its updates are ignored until the fresh snapshot arrives. Thread-safe (frames
 * arrive on the socket thread, periodic snapshots on a timer).
 */
public final class L2BookKeeper {

    private final int depth;
    private final Precisions precisions;
    private final RecordFactory records;
    private final BookResets resets;
    private final Map<String, L2Book> books = new HashMap<>();

    /**
     * @param depth      subscribed depth
     * @param precisions instrument precisions for checksum formatting
     * @param records    record factory
     * @param resets     mismatch handling
     */
    public L2BookKeeper(int depth, Precisions precisions, RecordFactory records, BookResets resets) {
        this.depth = depth;
        this.precisions = precisions;
        this.records = records;
        this.resets = resets;
    }

    /**
     * Applies a book frame.
     *
     * @return book records (verified) and reset records, in wire order
     * @throws DataException if the frame has no data array
     */
    public synchronized List<SourceRecord> onMessage(KrakenWsMessage message) {
        if (message.data() == null || !message.data().isArray()) {
            throw new DataException("Channel book: 'data' must be an array");
        }
        List<SourceRecord> out = new ArrayList<>();
        boolean snapshot = "snapshot".equals(message.type());
        for (JsonNode item : message.data()) {
            String symbol = item.path("symbol").asText(null);
            if (symbol == null) {
                throw new DataException("Channel book: element without symbol");
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
        L2Book book = snapshot ? newBook(symbol) : books.get(symbol);
        if (book == null) {
            return null; // resync in progress: wait for the snapshot
        }
        JsonNode checksum = item.get("checksum");
        try {
            List<BookLevel> bids = BookJson.levels(item.get("bids"));
            List<BookLevel> asks = BookJson.levels(item.get("asks"));
            if (checksum == null || !checksum.canConvertToLong()) {
                throw new IllegalArgumentException("missing checksum");
            }
            if (snapshot) {
                book.applySnapshot(bids, asks);
            } else {
                book.applyUpdate(bids, asks);
            }
        } catch (IllegalArgumentException e) {
            books.remove(symbol);
            return resets.malformed("book", symbol, e.getMessage(), timestamp, message.receivedAt());
        }
        long computed = book.checksum();
        if (computed != checksum.longValue()) {
            books.remove(symbol);
            return resets.mismatch("book", symbol, checksum.longValue(), computed, timestamp, message.receivedAt());
        }
        ObjectNode element = FrameMapper.element(message, item, "type");
        element.put("depth", depth);
        return records.record(RecordType.BOOK, element, message.receivedAt());
    }

    private L2Book newBook(String symbol) {
        Precisions.Precision precision = precisions.of(symbol);
        L2Book book = new L2Book(symbol, depth, precision.price(), precision.qty());
        books.put(symbol, book);
        return book;
    }

    /**
     * Periodic top-N snapshots of every healthy book ({@code type = top_n}).
     *
     * @param topN levels per side
     * @param now  receive time to stamp
     */
    public synchronized List<SourceRecord> topN(int topN, Instant now) {
        List<SourceRecord> out = new ArrayList<>();
        books.forEach((symbol, book) -> {
            ObjectNode element = KrakenJson.mapper().createObjectNode();
            element.put("symbol", symbol).put("type", "top_n").put("depth", depth).put("checksum", book.checksum());
            element.set("bids", levels(book.bids(), topN));
            element.set("asks", levels(book.asks(), topN));
            out.add(records.record(RecordType.BOOK, element, now));
        });
        return out;
    }

    /**
     * Drops every book (after a reconnect the session resubscribes and snapshots follow).
     *
     * @return one {@code book_reset} per dropped symbol
     */
    public synchronized List<SourceRecord> resetAll(String reason, Instant at) {
        List<SourceRecord> out = new ArrayList<>();
        books.keySet().forEach(symbol -> out.add(resets.reset("book", symbol, reason, at)));
        books.clear();
        return out;
    }

    private static JsonNode levels(List<BookLevel> levels, int topN) {
        com.fasterxml.jackson.databind.node.ArrayNode array = KrakenJson.mapper().createArrayNode();
        levels.stream().limit(topN).forEach(level -> array.addObject().put("price", level.price()).put("qty", level.qty()));
        return array;
    }
}
