package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One data push of Kraken WebSocket v2 docs/protocol/kraken-spot.md §1.4,
 * https://docs.kraken.com/api/docs/guides/spot-ws-intro):
 * {@code {"channel":"book","type":"snapshot|update","data":[...],"sequence":10,"timestamp":"..."}}.
 * The {@code status} channel is delivered as a message too; {@code heartbeat} frames are consumed
 * by the session's watchdog and are not delivered.
 *
 * <p>{@code data} is the parsed tree from {@code KrakenJson.mapper()}: prices and quantities are
 * {@code BigDecimal} with the wire scale (trailing zeros kept), large integers
 * ({@code status.connection_id}) are {@code BigInteger}.
 *
 * @param channel      the channel, e.g. {@code book}, {@code executions}, {@code status}
 * @param type         {@code snapshot} or {@code update}, or {@code null} when absent
 * @param data         the {@code data} node: an array for every channel except {@code instrument}
 *                     (an object {@code {assets:[], pairs:[]}}); {@code null} when absent
 * @param sequence     {@code sequence} (private channels {@code executions}, {@code balances}),
 *                     else {@code null}
 * @param timestamp    message-level {@code timestamp} text (RFC3339; {@code ohlc} only), else
 *                     {@code null}
 * @param frame        the whole parsed frame, for fields not modelled here
 * @param receivedAt   wall-clock time this process read the frame off the socket
 * @param receivedNanos {@link System#nanoTime()} at the same moment, for latency measurement
 */
public record KrakenWsMessage(String channel, String type, JsonNode data, Long sequence,
                              String timestamp, JsonNode frame, Instant receivedAt,
                              long receivedNanos) {

    /**
     * Validates the required components.
     *
     * @throws NullPointerException if {@code channel}, {@code frame} or {@code receivedAt} is
     *                              {@code null}
     */
    public KrakenWsMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * Reads a data envelope from a parsed frame.
     *
     * @param frame         a JSON object with a textual {@code channel} field
     * @param receivedAt    receive time (wall clock)
     * @param receivedNanos receive time ({@link System#nanoTime()})
     * @return the message; never {@code null}
     */
    public static KrakenWsMessage from(JsonNode frame, Instant receivedAt, long receivedNanos) {
        JsonNode type = frame.get("type");
        JsonNode sequence = frame.get("sequence");
        JsonNode timestamp = frame.get("timestamp");
        return new KrakenWsMessage(frame.get("channel").asText(),
                type == null || type.isNull() ? null : type.asText(),
                frame.get("data"),
                sequence != null && sequence.canConvertToLong() ? sequence.longValue() : null,
                timestamp == null || timestamp.isNull() ? null : timestamp.asText(),
                frame, receivedAt, receivedNanos);
    }

    /**
     * Describes the message without its payload.
     *
     * @return channel, type, sequence and receive time
     */
    @Override
    public String toString() {
        return "KrakenWsMessage[channel=" + channel + ", type=" + type
                + (sequence == null ? "" : ", sequence=" + sequence) + ", receivedAt=" + receivedAt + "]";
    }
}
