package com.kafkaconnectkraken.benchmarks.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.book.BookLevel;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders book messages in the Kraken WS v1 book shape that XChange's
 * {@code KrakenStreamingAdapters.adaptOrderbookMessage} consumes (XChange 5.x speaks v1 only):
 * snapshot {@code [0, {"as":[[price,volume,time],..],"bs":[..]}, "book-N", "BTC/USD"]}, update
 * {@code [0, {"a":[..]}, {"b":[..], "c":"<checksum>"}, "book-N", "BTC/USD"]}.
 *
 * <p>Prices and volumes are strings at instrument precision (v1 style) and times are epoch
 * seconds with microseconds, so XChange's checksum (plain string, dot removed, leading zeros
 * stripped) sees exactly the tokens the v2 checksum is defined over, and the v2 checksums of the
 * same stream apply unchanged.
 */
public final class XChangeFrames {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private XChangeFrames() {
    }

    /**
     * Renders every message of a stream as v1 trees.
     *
     * @param stream the stream
     * @return one tree per message, same order
     */
    public static List<ArrayNode> v1(L2Stream stream) {
        List<ArrayNode> frames = new ArrayList<>(stream.messages().size());
        for (BookMessage message : stream.messages()) {
            frames.add(frame(stream, message));
        }
        return frames;
    }

    /**
     * Renders every message of a stream as v1 text, for the parse-included variant.
     *
     * @param stream the stream
     * @return one UTF-8 frame per message, same order
     */
    public static List<byte[]> v1Bytes(L2Stream stream) {
        List<byte[]> out = new ArrayList<>(stream.messages().size());
        try {
            for (ArrayNode frame : v1(stream)) {
                out.add(MAPPER.writeValueAsBytes(frame));
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static ArrayNode frame(L2Stream stream, BookMessage message) {
        Instant at = message.timestamp() == null ? Instant.EPOCH : message.timestamp();
        String time = BigDecimal.valueOf(at.getEpochSecond()).add(BigDecimal.valueOf(at.getNano() / 1000, 6))
                .toPlainString();
        ArrayNode frame = MAPPER.createArrayNode().add(0);
        if (message.snapshot()) {
            ObjectNode book = frame.addObject();
            levels(book.putArray("as"), message.asks(), time);
            levels(book.putArray("bs"), message.bids(), time);
        } else {
            ObjectNode last = null;
            if (!message.asks().isEmpty()) {
                last = frame.addObject();
                levels(last.putArray("a"), message.asks(), time);
            }
            if (!message.bids().isEmpty()) {
                last = frame.addObject();
                levels(last.putArray("b"), message.bids(), time);
            }
            (last == null ? frame.addObject() : last).put("c", Long.toString(message.checksum()));
        }
        return frame.add("book-" + stream.depth()).add(stream.symbol());
    }

    private static void levels(ArrayNode out, List<BookLevel> levels, String time) {
        for (BookLevel level : levels) {
            out.addArray().add(level.price().toPlainString()).add(level.qty().toPlainString()).add(time);
        }
    }
}
