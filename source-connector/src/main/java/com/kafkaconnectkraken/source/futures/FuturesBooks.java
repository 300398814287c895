package com.kafkaconnectkraken.source.futures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.book.BookLevel;
import com.kafkaconnectkraken.client.book.BookSequenceException;
import com.kafkaconnectkraken.client.book.SequencedBook;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.ws.FuturesMessage;
import com.kafkaconnectkraken.schema.KrakenSchemas;
import com.kafkaconnectkraken.source.book.BookResets;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The task's Kraken Futures books, one {@link SequencedBook} per product
 * (https://docs.kraken.com/api/docs/futures-api/websocket/book): a {@code book_snapshot} loads a book, each
 * delta must carry the next {@code seq}. Every applied message gives one {@code futures/book} record with the
 * top {@code depth} levels per side. A delta that breaks the sequence gives one {@code book_reset} record and a
 * fresh subscribe of that product only ({@link BookResets#sequenceGap}); deltas before the new snapshot are
 * dropped without more resets, so no book record ever comes from an unverified state. Reader thread only.
 */
public final class FuturesBooks {

    /** Level structs remembered per product, as a multiple of the levels one record holds per side. */
    private static final int LEVEL_STRUCTS_PER_SIDE = 8;

    private final Map<String, SequencedBook> books = new HashMap<>();
    private final Map<String, LevelStructs> levelStructs = new HashMap<>();
    private final int depth;
    private final SequencedBook.Mode mode;
    private final RecordFactory records;
    private final BookResets resets;
    private long dropped;

    /**
     * @param depth   levels per side in each record
     * @param mode    how seq must follow
     * @param records record factory
     * @param resets  reset records and per-product resync
     */
    public FuturesBooks(int depth, SequencedBook.Mode mode, RecordFactory records, BookResets resets) {
        this.depth = depth;
        this.mode = mode;
        this.records = records;
        this.resets = resets;
    }

    /**
     * @return the book record, a reset record, or nothing (a delta of an unsynced book)
     * @throws DataException if a message lacks its fields (the caller counts and skips it)
     */
    public List<SourceRecord> onMessage(FuturesMessage message) {
        JsonNode frame = message.frame();
        String productId = text(frame, "product_id");
        long seq = number(frame, "seq").longValueExact();
        SequencedBook book = books.computeIfAbsent(productId, id -> new SequencedBook(id, mode));
        if (message.snapshot()) {
            book.applySnapshot(levels(frame, "bids"), levels(frame, "asks"), seq);
            return List.of(record(book, "snapshot", frame, message.receivedAt()));
        }
        if (!book.isSynced()) {
            dropped++;
            return List.of();
        }
        String side = text(frame, "side");
        if (!"buy".equals(side) && !"sell".equals(side)) {
            throw new DataException("Field 'side' must be buy or sell, was '" + side + "'");
        }
        try {
            book.applyDelta("buy".equals(side), new BookLevel(number(frame, "price"), number(frame, "qty")), seq);
        } catch (BookSequenceException e) {
            return List.of(resets.sequenceGap(FuturesFeed.BOOK.wireName(), productId, e.expected(), e.actual(),
                    message.receivedAt()));
        }
        return List.of(record(book, "update", frame, message.receivedAt()));
    }

    /**
     * The connection is gone: every book is unverified until its next snapshot (the session resubscribes).
     *
     * @return one {@code book_reset} record (reason {@code reconnect}) per synced book
     */
    public List<SourceRecord> connectionLost(Instant at) {
        List<SourceRecord> out = new ArrayList<>();
        for (SequencedBook book : books.values()) {
            if (book.isSynced()) {
                book.invalidate();
                out.add(resets.reset(FuturesFeed.BOOK.wireName(), book.productId(), "reconnect", at));
            }
        }
        return out;
    }

    /** @return deltas dropped because their book waited for a snapshot */
    public long dropped() {
        return dropped;
    }

    /** The record of the book's top levels: header fields mapped from JSON, level structs straight from the book. */
    private SourceRecord record(SequencedBook book, String type, JsonNode frame, Instant receivedAt) {
        ObjectNode item = KrakenJson.mapper().createObjectNode();
        item.put("product_id", book.productId()).put("type", type).put("depth", depth).put("seq", book.seq());
        if (frame.has("tickSize")) {
            item.set("tickSize", frame.get("tickSize"));
        }
        item.set("timestamp", frame.get("timestamp"));
        LevelStructs structs = levelStructs.computeIfAbsent(book.productId(), id -> levelStructs());
        Struct value = records.mapper().toStructWith(FuturesRecordType.BOOK, item,
                Map.of("bids", structs.bids().of(book.bids(depth)), "asks", structs.asks().of(book.asks(depth))),
                receivedAt);
        return records.record(FuturesRecordType.BOOK, value, null, null);
    }

    /** The level structs of one product's two sides. */
    private record LevelStructs(BookLevelStructs bids, BookLevelStructs asks) {
    }

    private LevelStructs levelStructs() {
        return new LevelStructs(levelStructs("bids"), levelStructs("asks"));
    }

    private BookLevelStructs levelStructs(String side) {
        Schema schema = records.mapper().schema(FuturesRecordType.BOOK).field(side).schema().valueSchema();
        Schema precise = KrakenSchemas.connect(FuturesRecordType.BOOK.schemaName()).field(side).schema().valueSchema();
        return new BookLevelStructs(schema, precise, records.mapper().mode(), LEVEL_STRUCTS_PER_SIDE * depth);
    }

    private static List<BookLevel> levels(JsonNode frame, String side) {
        JsonNode array = frame.get(side);
        if (array == null || !array.isArray()) {
            throw new DataException("Field '" + side + "' must be an array");
        }
        List<BookLevel> out = new ArrayList<>(array.size());
        for (JsonNode level : array) {
            out.add(new BookLevel(number(level, "price"), number(level, "qty")));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new DataException("Field '" + field + "' must be text");
        }
        return value.asText();
    }

    private static BigDecimal number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new DataException("Field '" + field + "' must be a number");
        }
        return value.decimalValue();
    }
}
