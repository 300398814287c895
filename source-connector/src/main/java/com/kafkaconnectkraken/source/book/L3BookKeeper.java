package com.kafkaconnectkraken.source.book;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.book.BookJson;
import com.kafkaconnectkraken.client.book.L3Book;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.mapping.FrameMapper;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Maintains one {@link L3Book} per symbol from the WS v2 level3 channel
 * (https://docs.kraken.com/api/docs/websocket-v2/level3, checksum per docs/protocol/kraken-spot.md §3.2); same
 * publish-only-when-verified and per-symbol resync behaviour as {@link L2BookKeeper}. Thread-safe.
 */
public final class L3BookKeeper {

    private final VerifiedBooks<L3Book> books;

    /**
     * @param depth      subscribed depth
     * @param precisions instrument precisions for checksum formatting
     * @param records    record factory
     * @param resets     mismatch handling
     */
    public L3BookKeeper(int depth, Precisions precisions, RecordFactory records, BookResets resets) {
        this.books = new VerifiedBooks<>(SpotChannel.LEVEL3.wireName(), symbol -> {
            Precisions.Precision precision = precisions.of(symbol);
            return new L3Book(symbol, depth, precision.price(), precision.qty());
        }, L3BookKeeper::apply, L3Book::checksum,
            (message, item) -> records.record(RecordType.LEVEL3, FrameMapper.object(message, item),
                FrameMapper.bookEnvelope(message, "type"), message.receivedAt()), resets);
    }

    /**
     * Applies a level3 frame.
     *
     * @return level3 records (verified) and reset records, in wire order
     * @throws DataException if the frame has no data array
     */
    public List<SourceRecord> onMessage(KrakenWsMessage message) {
        return books.onMessage(message);
    }

    private static void apply(L3Book book, JsonNode item, boolean snapshot) {
        if (snapshot) {
            book.applySnapshot(BookJson.orders(item.get("bids")), BookJson.orders(item.get("asks")));
        } else {
            book.applyUpdate(BookJson.events(item.get("bids")), BookJson.events(item.get("asks")));
        }
    }

    /** Drops every book; returns one {@code book_reset} per dropped symbol. */
    public List<SourceRecord> resetAll(String reason, Instant at) {
        return books.resetAll(reason, at);
    }
}
