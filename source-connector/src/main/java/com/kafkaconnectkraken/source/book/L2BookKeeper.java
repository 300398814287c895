package com.kafkaconnectkraken.source.book;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.book.BookJson;
import com.kafkaconnectkraken.client.book.BookLevel;
import com.kafkaconnectkraken.client.book.L2Book;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.mapping.FrameMapper;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Maintains one {@link L2Book} per symbol from the WS v2 book channel
 * (https://docs.kraken.com/api/docs/websocket-v2/book, checksum per docs/protocol/kraken-spot.md §3.1) and publishes
 * a {@code book} record only after the local book matched the frame's checksum. On a mismatch the
 * symbol's book is dropped, a {@code book_reset} record is written and the symbol alone is
 * resubscribed; its updates are ignored until the fresh snapshot arrives. Thread-safe (frames
 * arrive on the socket thread, periodic snapshots on a timer).
 */
public final class L2BookKeeper {

    private final int depth;
    private final RecordFactory records;
    private final VerifiedBooks<L2Book> books;

    /**
     * @param depth      subscribed depth
     * @param precisions instrument precisions for checksum formatting
     * @param records    record factory
     * @param resets     mismatch handling
     */
    public L2BookKeeper(int depth, Precisions precisions, RecordFactory records, BookResets resets) {
        this.depth = depth;
        this.records = records;
        this.books = new VerifiedBooks<>(SpotChannel.BOOK.wireName(), symbol -> {
            Precisions.Precision precision = precisions.of(symbol);
            return new L2Book(symbol, depth, precision.price(), precision.qty());
        }, L2BookKeeper::apply, L2Book::checksum, this::publish, resets);
    }

    /**
     * Applies a book frame.
     *
     * @return book records (verified) and reset records, in wire order
     * @throws DataException if the frame has no data array
     */
    public List<SourceRecord> onMessage(KrakenWsMessage message) {
        return books.onMessage(message);
    }

    private static void apply(L2Book book, JsonNode item, boolean snapshot) {
        List<BookLevel> bids = BookJson.levels(item.get("bids"));
        List<BookLevel> asks = BookJson.levels(item.get("asks"));
        if (snapshot) {
            book.applySnapshot(bids, asks);
        } else {
            book.applyUpdate(bids, asks);
        }
    }

    private SourceRecord publish(KrakenWsMessage message, JsonNode item) {
        ObjectNode envelope = FrameMapper.bookEnvelope(message, "type").put("depth", depth);
        return records.record(RecordType.BOOK, FrameMapper.object(message, item), envelope, message.receivedAt());
    }

    /**
     * Periodic top-N snapshots of every healthy book ({@code type = top_n}).
     *
     * @param topN levels per side
     * @param now  receive time to stamp
     */
    public List<SourceRecord> topN(int topN, Instant now) {
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
    public List<SourceRecord> resetAll(String reason, Instant at) {
        return books.resetAll(reason, at);
    }

    private static JsonNode levels(List<BookLevel> levels, int topN) {
        com.fasterxml.jackson.databind.node.ArrayNode array = KrakenJson.mapper().createArrayNode();
        levels.stream().limit(topN).forEach(level -> array.addObject().put("price", level.price()).put("qty", level.qty()));
        return array;
    }
}
