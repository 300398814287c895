package com.kafkaconnectkraken.benchmarks.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The WS v2 data frames of one channel, as UTF-8 text, for the frame-to-record benchmarks.
 *
 * <ul>
 *   <li>{@code book}: the recorded BTC/USD stream ({@link RecordedBookStream}, 510 frames at wire
 *       precision);</li>
 *   <li>every other channel: every data push of {@code ws-v2/<channel>.json} (the official docs
 *       examples: snapshot and update frames, including lists of frames), in file order.</li>
 * </ul>
 */
public final class ChannelFrames {

    /** Channels with a frame-to-record benchmark. */
    public static final List<String> CHANNELS =
            Stream.of(SpotChannel.TICKER, SpotChannel.TRADE, SpotChannel.OHLC, SpotChannel.INSTRUMENT,
                    SpotChannel.EXECUTIONS, SpotChannel.BALANCES, SpotChannel.BOOK).map(SpotChannel::wireName).toList();

    private ChannelFrames() {
    }

    /**
     * Returns the frames of a channel.
     *
     * @param channel a value of {@link #CHANNELS}
     * @return the frames; never empty
     * @throws IllegalArgumentException if the channel has no data frames in the vectors
     */
    public static List<byte[]> of(String channel) {
        if (SpotChannel.BOOK.wireName().equals(channel)) {
            return WireFrames.v2(RecordedBookStream.load());
        }
        List<byte[]> frames = new ArrayList<>();
        collect(VectorsDir.read("ws-v2/" + channel + ".json"), channel, frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("No '" + channel + "' data frames in the vectors");
        }
        return frames;
    }

    private static void collect(JsonNode node, String channel, List<byte[]> out) {
        if (node.isObject() && channel.equals(node.path("channel").asText()) && node.has("data")) {
            try {
                out.add(KrakenJson.mapper().writeValueAsBytes(node));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        if (node.isContainerNode()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                collect(it.next(), channel, out);
            }
        }
    }
}
