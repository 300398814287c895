package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.time.Instant;
import java.util.Objects;

/**
 * One data message of Kraken Futures WebSocket v1 (docs/protocol/kraken-futures.md;
 * https://docs.kraken.com/api/docs/futures-api/websocket/ticker and siblings): a flat JSON object keyed by
 * {@code feed}, e.g. {@code {"feed":"book","product_id":"PF_XBTUSD","side":"sell","seq":12,"price":34981,"qty":0,..}}.
 * The {@code heartbeat} feed feeds the session's watchdog and is not delivered.
 *
 * <p>{@code frame} is parsed by {@code KrakenJson.mapper()}: every JSON number with a fraction or exponent is a
 * {@code BigDecimal} read from the token text (never a double), integers keep their exact value.
 *
 * @param feed          the feed the message belongs to (a {@code <feed>_snapshot} message belongs to {@code <feed>})
 * @param snapshot      whether it is the feed's snapshot message
 * @param frame         the whole parsed message
 * @param receivedAt    wall-clock time this process read the frame off the socket
 * @param receivedNanos {@link System#nanoTime()} at the same moment
 */
public record FuturesMessage(FuturesFeed feed, boolean snapshot, JsonNode frame, Instant receivedAt,
                             long receivedNanos) {

    /** @throws NullPointerException if {@code feed}, {@code frame} or {@code receivedAt} is {@code null} */
    public FuturesMessage {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** @return the message's {@code product_id}, or {@code null} for private feeds */
    public String productId() {
        JsonNode id = frame.get("product_id");
        return id == null || id.isNull() ? null : id.asText();
    }

    /** @return feed, snapshot flag and receive time, without the payload */
    @Override
    public String toString() {
        return "FuturesMessage[feed=" + feed + (snapshot ? ", snapshot" : "") + ", receivedAt=" + receivedAt + "]";
    }
}
