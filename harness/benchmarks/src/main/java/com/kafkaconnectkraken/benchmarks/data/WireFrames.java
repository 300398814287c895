package com.kafkaconnectkraken.benchmarks.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.book.BookLevel;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders book messages as the WS v2 text frames Kraken sends
 * (https://docs.kraken.com/api/docs/websocket-v2/book): JSON numbers at instrument precision,
 * e.g. {@code {"price":29430.2,"qty":4.00000000}}, UTF-8 bytes.
 */
public final class WireFrames {

    private WireFrames() {
    }

    /**
     * Renders every message of a stream.
     *
     * @param stream the stream
     * @return one UTF-8 frame per message, same order
     */
    public static List<byte[]> v2(L2Stream stream) {
        ObjectMapper mapper = KrakenJson.mapper();
        List<byte[]> frames = new ArrayList<>(stream.messages().size());
        for (BookMessage message : stream.messages()) {
            ObjectNode frame = mapper.createObjectNode()
                    .put("channel", SpotChannel.BOOK.wireName())
                    .put("type", message.snapshot() ? "snapshot" : "update");
            ObjectNode data = frame.putArray("data").addObject().put("symbol", stream.symbol());
            levels(data.putArray("bids"), message.bids());
            levels(data.putArray("asks"), message.asks());
            data.put("checksum", message.checksum());
            if (message.timestamp() != null) {
                data.put("timestamp", message.timestamp().toString());
            }
            try {
                frames.add(mapper.writeValueAsBytes(frame));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return frames;
    }

    private static void levels(ArrayNode out, List<BookLevel> levels) {
        for (BookLevel level : levels) {
            out.addObject().put("price", level.price()).put("qty", level.qty());
        }
    }
}
