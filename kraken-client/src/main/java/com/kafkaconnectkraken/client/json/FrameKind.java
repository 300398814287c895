package com.kafkaconnectkraken.client.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;

/**
 * Classifies a Kraken WebSocket v2 frame by its envelope
 * (https://docs.kraken.com/api/docs/guides/spot-ws-intro, docs/protocol/kraken-spot.md §1.3, §1.4).
 */
public enum FrameKind {
    /** {@code {"channel":"heartbeat"}}: keep-alive, no data. */
    HEARTBEAT,
    /** {@code {"channel":"status",...}}: engine status, pushed on connect and on change. */
    STATUS,
    /** A channel push with {@code type} snapshot/update and {@code data}. */
    DATA,
    /** {@code {"method":"pong",...}}: the answer to an application-level {@code ping}. */
    PONG,
    /** A response to a request ({@code method} + {@code success}/{@code result}/{@code error}). */
    METHOD_RESPONSE,
    /** Anything else: not a JSON object, or neither {@code channel} nor {@code method} is present. */
    UNKNOWN;

    /**
     * Classifies a parsed frame.
     *
     * @param frame the frame tree (may be {@code null})
     * @return the kind; {@link #UNKNOWN} for anything unrecognised, never {@code null}
     */
    public static FrameKind of(JsonNode frame) {
        if (frame == null || !frame.isObject()) {
            return UNKNOWN;
        }
        JsonNode channel = frame.get("channel");
        if (channel != null && channel.isTextual()) {
            String name = channel.asText();
            if (SpotChannel.HEARTBEAT.wireName().equals(name)) {
                return HEARTBEAT;
            }
            return SpotChannel.STATUS.wireName().equals(name) ? STATUS : DATA;
        }
        JsonNode method = frame.get("method");
        if (method != null && method.isTextual()) {
            return "pong".equals(method.asText()) ? PONG : METHOD_RESPONSE;
        }
        return UNKNOWN;
    }
}
