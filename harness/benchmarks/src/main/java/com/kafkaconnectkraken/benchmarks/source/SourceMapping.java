package com.kafkaconnectkraken.benchmarks.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.benchmarks.data.RecordedBookStream;
import com.kafkaconnectkraken.benchmarks.data.VectorsDir;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.book.BookResets;
import com.kafkaconnectkraken.source.book.L2BookKeeper;
import com.kafkaconnectkraken.source.book.Precisions;
import com.kafkaconnectkraken.source.config.KrakenSourceConnectorConfig;
import com.kafkaconnectkraken.source.mapping.FrameMapper;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.mapping.StructMapper;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The source task's frame-to-record path, wired as the task wires it: {@link FrameMapper} for the
 * stateless channels, {@link L2BookKeeper} (checksum-verified book, BTC/USD precisions from the
 * recorded vector) for {@code book}. A checksum mismatch would emit a {@code book_reset} record
 * and count a resync, so {@link #resyncs()} must stay 0 for a valid run.
 */
final class SourceMapping implements AutoCloseable {

    private final String channel;
    private final TaskMetrics metrics = new TaskMetrics("kraken-benchmarks", 0);
    private final FrameMapper frames;
    private final L2BookKeeper books;
    private int resyncs;

    SourceMapping(String channel, DecimalHandlingMode mode) {
        this.channel = channel;
        KrakenSourceConnectorConfig config = new KrakenSourceConnectorConfig(Map.of("symbols", "BTC/USD"));
        RecordFactory records = new RecordFactory(new StructMapper(mode), config.topicNames());
        this.frames = new FrameMapper(records);
        Precisions precisions = new Precisions();
        precisions.update(btcUsdPrecisions());
        this.books = new L2BookKeeper(10, precisions, records,
                new BookResets(records, (resetChannel, symbol) -> resyncs++, metrics));
    }

    /** Parses one frame and maps it to records, as the task does for every socket frame. */
    List<SourceRecord> map(byte[] frame, Instant receivedAt) throws IOException {
        JsonNode tree = KrakenJson.mapper().readTree(frame);
        KrakenWsMessage message = KrakenWsMessage.from(tree, receivedAt, 0L);
        return SpotChannel.BOOK.wireName().equals(channel) ? books.onMessage(message) : frames.map(message);
    }

    int resyncs() {
        return resyncs;
    }

    @Override
    public void close() {
        metrics.close();
    }

    private static JsonNode btcUsdPrecisions() {
        JsonNode precision = VectorsDir.read(RecordedBookStream.FILE).get("instrument_precision");
        ObjectNode data = KrakenJson.mapper().createObjectNode();
        data.putArray("pairs").addObject().put("symbol", "BTC/USD")
                .put("price_precision", precision.get("price_precision").intValue())
                .put("qty_precision", precision.get("qty_precision").intValue());
        return data;
    }
}
