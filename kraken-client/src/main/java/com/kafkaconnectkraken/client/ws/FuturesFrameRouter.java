package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * {@code feed} frames to the listener, except {@code heartbeat} (it only feeds the watchdog); anything else,
 * and an error no request was waiting for, to {@link KrakenWsListener#onMalformedFrame}. Socket reader thread.
 */
final class FuturesFrameRouter implements FrameSink {

    private static final Logger log = LoggerFactory.getLogger(FuturesFrameRouter.class);

    private final ObjectMapper mapper = KrakenJson.mapper();
    private final FuturesRequests requests;
    private final ListenerDispatcher dispatcher;
    private final String name;

    FuturesFrameRouter(FuturesRequests requests, ListenerDispatcher dispatcher, String name) {
        this.requests = requests;
        this.dispatcher = dispatcher;
        this.name = name;
    }

    @Override
    public void route(String text, Instant receivedAt, long receivedNanos) {
        JsonNode frame;
        try {
            frame = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            malformed(text, new KrakenWsException("Frame is not valid JSON: " + e.getOriginalMessage(), e));
            return;
        }
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

    @Override
    public void binary(String hex) {
        malformed(hex, new KrakenWsException("Binary frame received; Kraken Futures sends JSON text frames only"));
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
        } else if (known.get() != FuturesFeed.HEARTBEAT) {
            boolean snapshot = known.get().snapshotFeed().map(feed::equals).orElse(false);
            dispatcher.feedMessage(new FuturesMessage(known.get(), snapshot, frame, receivedAt, receivedNanos));
        }
    }

    private void malformed(String text, KrakenWsException cause) {
        log.warn("Kraken Futures WS {}: rejected frame of {} chars: {}", name, text.length(), cause.getMessage());
        dispatcher.malformed(text, cause);
    }
}
