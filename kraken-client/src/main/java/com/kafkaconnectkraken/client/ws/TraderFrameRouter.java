package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses each Trader API frame once (exact decimals) and routes it by the envelope's {@code type}
 * (docs/protocol/trader-api.md §4): every message is first offered to the action in flight (a data event may answer
 * it, and is then still delivered); data events go to the listener; {@code subscribed}, query answers and
 * {@code error} are answers only, and an {@code error} no action was waiting for goes to
 * {@link KrakenWsListener#onMalformedFrame}, as does a frame without a known {@code type}. Socket reader thread.
 */
final class TraderFrameRouter extends JsonFrameSink {

    private static final Logger log = LoggerFactory.getLogger(TraderFrameRouter.class);

    private final SerialRequests requests;

    TraderFrameRouter(SerialRequests requests, ListenerDispatcher dispatcher, String name) {
        super("Trader WS", "Trader API", dispatcher, name);
        this.requests = requests;
    }

    @Override
    void route(String text, JsonNode frame, Instant receivedAt, long receivedNanos) {
        JsonNode type = frame.get("type");
        if (type == null || !type.isTextual() || !frame.path("payload").isObject()) {
            malformed(text, new KrakenWsException("Unrecognised frame: not a {type, payload} envelope"));
            return;
        }
        Optional<TraderMessageType> known = TraderMessageType.fromWire(type.asText());
        if (known.isEmpty()) {
            malformed(text, new KrakenWsException("Unknown message type '" + type.asText() + "'"));
            return;
        }
        boolean answered = requests.accept(frame);
        if (known.get().data()) {
            dispatcher.traderMessage(new TraderMessage(known.get(), frame, receivedAt, receivedNanos));
        } else if (!answered && known.get() == TraderMessageType.ERROR) {
            JsonNode payload = frame.get("payload");
            malformed(text, new KrakenWsException("Unsolicited error " + payload.path("code").asText() + ": "
                    + payload.path("message").asText()));
        } else if (!answered) {
            log.debug("Trader WS {}: {} matches no request", name, type.asText());
        }
    }
}
