package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every Kraken frame router does before routing: parse the text frame once with {@link KrakenJson#mapper()}
 * (exact decimals), and report what cannot be routed (not JSON, binary, unrecognised) to
 * {@link KrakenWsListener#onMalformedFrame} with one WARN line. Subclasses route the parsed tree.
 */
abstract class JsonFrameSink implements FrameSink {

    private static final Logger log = LoggerFactory.getLogger(JsonFrameSink.class);

    private final ObjectMapper mapper = KrakenJson.mapper();
    private final String venue;
    private final String protocol;
    protected final ListenerDispatcher dispatcher;
    protected final String name;

    /**
     * @param venue      {@code Kraken WS} or {@code Kraken Futures WS}, the start of log lines
     * @param protocol   {@code Kraken WebSocket v2} or {@code Kraken Futures}, in the binary-frame message
     * @param dispatcher the session's listeners
     * @param name       session name for log lines
     */
    JsonFrameSink(String venue, String protocol, ListenerDispatcher dispatcher, String name) {
        this.venue = venue;
        this.protocol = protocol;
        this.dispatcher = dispatcher;
        this.name = name;
    }

    @Override
    public final void route(String text, Instant receivedAt, long receivedNanos) {
        JsonNode frame;
        try {
            frame = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            malformed(text, new KrakenWsException("Frame is not valid JSON: " + e.getOriginalMessage(), e));
            return;
        } catch (NumberFormatException e) {
            // exact decimals: a number whose exponent does not fit a BigDecimal (e.g. 1e2147483648) is not JSON Jackson
            // reports as such, and must not reach the socket reader
            malformed(text, new KrakenWsException("Frame has a number out of range: " + e.getMessage(), e));
            return;
        }
        route(text, frame, receivedAt, receivedNanos);
    }

    @Override
    public final void binary(String hex) {
        malformed(hex, new KrakenWsException("Binary frame received; " + protocol + " sends JSON text frames only"));
    }

    /**
     * Routes one parsed frame.
     *
     * @param text          the frame as received (for {@link #malformed})
     * @param frame         its tree
     * @param receivedAt    wall-clock receive time
     * @param receivedNanos {@link System#nanoTime()} receive time
     */
    abstract void route(String text, JsonNode frame, Instant receivedAt, long receivedNanos);

    /** Logs and reports a frame that cannot be routed. */
    final void malformed(String text, KrakenWsException cause) {
        log.warn("{} {}: rejected frame of {} chars: {}", venue, name, text.length(), cause.getMessage());
        dispatcher.malformed(text, cause);
    }
}
