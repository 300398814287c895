package com.kafkaconnectkraken.sink.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Turns Kraken's response frame(s) to one command into its acknowledgement docs/protocol/kraken-spot.md §1.3,
 * §5): success on every frame → ACCEPTED with the result (an array when several frames answered,
 * e.g. cancel_order with N ids); otherwise REJECTED with the error text(s), unless the error means
 * retry (nothing executed: {@link TransientCommandException}), an open outcome
 * ({@link UncertainOutcomeException}) or fatal ({@link ConnectException}); see {@link CommandFailure}.
 */
public final class ResponseOutcome {

    private ResponseOutcome() {
    }

    /**
     * @param base      the acknowledgement skeleton (source, method, ids)
     * @param responses the frames, in arrival order (at least one)
     * @param sentAt    when the request was written
     * @return the final acknowledgement
     * @throws TransientCommandException  when nothing was executed and the command may be retried
     * @throws UncertainOutcomeException when Kraken's error leaves the outcome open
     * @throws ConnectException           when Kraken refuses trading for this key
     */
    public static OrderAck toAck(OrderAck base, List<KrakenWsResponse> responses, Instant sentAt, Instant now) {
        List<String> errors = new ArrayList<>();
        ArrayNode results = JsonNodeFactory.instance.arrayNode();
        List<String> warnings = new ArrayList<>();
        for (KrakenWsResponse r : responses) {
            if (r.success()) {
                results.add(r.result() == null ? JsonNodeFactory.instance.nullNode() : r.result());
                collectWarnings(r.result(), warnings);
            } else {
                errors.add(r.error() == null ? "unknown error" : r.error());
            }
        }
        boolean anySuccess = !results.isEmpty();
        for (String error : errors) {
            CommandFailure failure = CommandFailure.of(error);
            if (failure == CommandFailure.FATAL) {
                throw new ConnectException("Kraken refused trading: " + error);
            }
            boolean whole = !anySuccess && responses.size() == 1;
            if (failure == CommandFailure.RETRY && whole) {
                throw new TransientCommandException("Kraken answered " + error + " to " + base.method());
            }
            if (failure == CommandFailure.UNKNOWN && whole) {
                throw new UncertainOutcomeException(error);
            }
        }
        JsonNode result = results.size() == 1 ? results.get(0) : results.isEmpty() ? null : results;
        KrakenWsResponse first = responses.get(0);
        KrakenWsResponse last = responses.get(responses.size() - 1);
        return new OrderAck(errors.isEmpty() ? AckStatus.ACCEPTED : AckStatus.REJECTED, true, base.method(),
            base.commandKey(), base.source(), base.reqId(), base.clOrdId(), orderId(result),
            text(result), errors.isEmpty() ? null : String.join("; ", errors), warnings,
            first.timeIn(), last.timeOut(), Duration.between(sentAt, last.receivedAt()).toMillis(), null, now);
    }

    /** @return the node as JSON text with exact, plain decimals, or null */
    public static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            return KrakenJson.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    private static String orderId(JsonNode result) {
        return result != null && result.isObject() ? result.path("order_id").textValue() : null;
    }

    private static void collectWarnings(JsonNode result, List<String> out) {
        if (result == null) {
            return;
        }
        if (result.isArray()) {
            result.forEach(item -> collectWarnings(item, out));
            return;
        }
        result.path("warnings").forEach(w -> out.add(w.asText()));
    }
}
