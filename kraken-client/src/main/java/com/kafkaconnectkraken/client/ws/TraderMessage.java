package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import java.time.Instant;
import java.util.Objects;

/**
 * One server message of the Trader API (docs/protocol/trader-api.md §2, §4): the {@code {type, payload}} envelope,
 * e.g. {@code {"type":"quoteEvent","payload":{"symbol":"EURUSD","bid":1.0843,"ask":1.0845,"ts":"2026-06-01T12:00:00Z"}}}.
 *
 * <p>{@code frame} is parsed by {@code KrakenJson.mapper()}: every JSON number with a fraction or exponent is a
 * {@code BigDecimal} read from the token text (never a double), integers keep their exact value.
 *
 * @param type          the message type
 * @param frame         the whole envelope (fields beside {@code type} and {@code payload} are kept)
 * @param receivedAt    wall-clock time this process read the frame off the socket
 * @param receivedNanos {@link System#nanoTime()} at the same moment
 */
public record TraderMessage(TraderMessageType type, JsonNode frame, Instant receivedAt, long receivedNanos) {

    /** @throws NullPointerException if {@code type}, {@code frame} or {@code receivedAt} is {@code null} */
    public TraderMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** @return the {@code payload} object (a missing node when absent) */
    public JsonNode payload() {
        return frame.path("payload");
    }

    /** @return the payload's text field {@code name}, or {@code null} */
    public String text(String name) {
        JsonNode value = payload().get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** @return type and receive time, without the payload */
    @Override
    public String toString() {
        return "TraderMessage[type=" + type.wireName() + ", receivedAt=" + receivedAt + "]";
    }
}
