package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.FrameKind;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses each text frame once (exact decimals via {@link KrakenJson#mapper()}) and routes it by
 * envelope (docs/protocol/kraken-spot.md §1.3/1.4): responses ({@code method}, including {@code pong}) to the
 * {@link RequestTracker} or, when unmatched, to the listener (except late {@code pong}s, which
 * carry nothing to reconcile); data pushes ({@code channel},
 * including {@code status}) to the listener; {@code heartbeat} to {@link KrakenWsListener#onHeartbeat} (and the
 * watchdog); anything else to {@link KrakenWsListener#onMalformedFrame}. Remembers the last
 * {@code status.system} value ({@code online|cancel_only|maintenance|post_only}). Runs on the
 * socket reader thread.
 */
final class FrameRouter extends JsonFrameSink {

    private static final Logger log = LoggerFactory.getLogger(FrameRouter.class);

    private final RequestTracker tracker;
    private volatile String systemStatus;

    /**
     * @param tracker    pending requests
     * @param dispatcher the session's listeners
     * @param name       session name for log lines
     */
    FrameRouter(RequestTracker tracker, ListenerDispatcher dispatcher, String name) {
        super("Kraken WS", "Kraken WebSocket v2", dispatcher, name);
        this.tracker = tracker;
    }

    @Override
    void route(String text, JsonNode frame, Instant receivedAt, long receivedNanos) {
        switch (FrameKind.of(frame)) {
            case HEARTBEAT:
                dispatcher.heartbeat(receivedAt);
                return;
            case STATUS:
                noteStatus(frame);
                dispatcher.message(KrakenWsMessage.from(frame, receivedAt, receivedNanos));
                return;
            case DATA:
                dispatcher.message(KrakenWsMessage.from(frame, receivedAt, receivedNanos));
                return;
            case PONG:
            case METHOD_RESPONSE:
                response(KrakenWsResponse.from(frame, receivedAt));
                return;
            default:
                malformed(text, unrecognised(frame));
        }
    }

    /**
     * @return the last {@code status.system} value seen, or {@code null}
     */
    String systemStatus() {
        return systemStatus;
    }

    private void response(KrakenWsResponse response) {
        if (tracker.accept(response)) {
            return;
        }
        log.debug("WebSocket {}: response {} matches no pending request", name, response);
        if (!"pong".equals(response.method())) {
            dispatcher.unmatched(response);
        }
    }

    private void noteStatus(JsonNode frame) {
        JsonNode system = frame.path("data").path(0).path("system");
        if (system.isTextual()) {
            String previous = systemStatus;
            systemStatus = system.asText();
            if (!systemStatus.equals(previous)) {
                log.info("WebSocket {}: exchange status {}", name, systemStatus);
            }
        }
    }

    private static KrakenWsException unrecognised(JsonNode frame) {
        JsonNode error = frame.isObject() ? (frame.has("error") ? frame.get("error") : frame.get("Error")) : null;
        if (error != null && error.isTextual()) {
            return new KrakenWsException("Server error frame without method or channel: " + error.asText());
        }
        return new KrakenWsException("Unrecognised frame: not a JSON object with 'channel' or 'method'");
    }
}
