package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses each Kraken Futures v1 frame once (exact decimals via {@link KrakenJson#mapper()}) and routes it
 * (docs/protocol/kraken-futures.md): {@code event} frames ({@code subscribed}, {@code unsubscribed},
 * {@code challenge}, {@code error}, {@code alert}) to the request in flight, {@code info} to the log;
 * {@code feed} frames to the listener, {@code heartbeat} to {@link KrakenWsListener#onHeartbeat} (and the watchdog); anything else,
 * and an error no request was waiting for, to {@link KrakenWsListener#onMalformedFrame}. Socket reader thread.
 */
final class FuturesFrameRouter extends JsonFrameSink {

    private static final Logger log = LoggerFactory.getLogger(FuturesFrameRouter.class);

    private final SerialRequests requests;

    FuturesFrameRouter(SerialRequests requests, ListenerDispatcher dispatcher, String name) {
        super("Kraken Futures WS", "Kraken Futures", dispatcher, name);
        this.requests = requests;
    }

    @Override
    void route(String text, JsonNode frame, Instant receivedAt, long receivedNanos) {
        JsonNode event = frame.get("event");
        JsonNode feed = frame.get("feed");
        if (event != null && event.isTextual()) {
            event(text, frame, event.asText());
        } else if (feed != null && feed.isTextual()) {
            feed(text, frame, feed.asText(), receivedAt, receivedNanos);
        } else {
            malformed(text, new KrakenWsException("Unrecognised frame: not a JSON object with 'event' or 'feed'"));
        }
    }

    private void event(String text, JsonNode frame, String event) {
        if ("info".equals(event)) {
            log.info("Kraken Futures WS {}: server info version {}", name, frame.path("version").asText("?"));
            return;
        }
        if (requests.accept(frame)) {
            return;
        }
        if ("error".equals(event) || "alert".equals(event)) {
            malformed(text, new KrakenWsException("Unsolicited " + event + ": " + frame.path("message").asText()));
        } else {
            log.debug("Kraken Futures WS {}: {} event matches no request", name, event);
        }
    }

    private void feed(String text, JsonNode frame, String feed, Instant receivedAt, long receivedNanos) {
        Optional<FuturesFeed> known = FuturesFeed.ofFrame(feed);
        if (known.isEmpty()) {
            malformed(text, new KrakenWsException("Unknown feed '" + feed + "'"));
        } else if (known.get() == FuturesFeed.HEARTBEAT) {
            dispatcher.heartbeat(receivedAt);
        } else {
            boolean snapshot = known.get().snapshotFeed().map(feed::equals).orElse(false);
            dispatcher.feedMessage(new FuturesMessage(known.get(), snapshot, frame, receivedAt, receivedNanos));
        }
    }
}
