package com.kafkaconnectkraken.sink.trader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.trader.protocol.TraderAction;
import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import com.kafkaconnectkraken.client.ws.TraderMessage;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * A Trader socket for tests: each request is answered by the next scripted outcome, which must satisfy the
 * request's own answer test (so the test proves the correlation picks it); the requests made are recorded.
 */
final class ScriptedTrader implements TraderRequests {

    record Asked(TraderAction action, ObjectNode payload) {
    }

    private final Deque<Object> outcomes = new ArrayDeque<>();
    private final List<Asked> asked = new ArrayList<>();

    /** Next answer: a message of {@code type} with {@code payloadJson}. */
    ScriptedTrader answer(TraderMessageType type, String payloadJson) {
        outcomes.add(message(type, payloadJson));
        return this;
    }

    /** Next outcome: the request fails with {@code failure}. */
    ScriptedTrader fail(Throwable failure) {
        outcomes.add(failure);
        return this;
    }

    List<Asked> asked() {
        return asked;
    }

    static TraderMessage message(TraderMessageType type, String payloadJson) {
        try {
            ObjectNode frame = KrakenJson.mapper().createObjectNode().put("type", type.wireName());
            frame.set("payload", KrakenJson.mapper().readTree(payloadJson));
            return new TraderMessage(type, frame, Instant.parse("2026-06-01T12:00:00.250Z"), 0);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(payloadJson, e);
        }
    }

    @Override
    public CompletableFuture<TraderMessage> request(TraderAction action, ObjectNode payload,
                                                    Predicate<TraderMessage> answers) {
        asked.add(new Asked(action, payload));
        Object next = outcomes.poll();
        if (next instanceof Throwable failure) {
            return CompletableFuture.failedFuture(failure);
        }
        TraderMessage message = (TraderMessage) next;
        if (message == null || !answers.test(message)) {
            return CompletableFuture.failedFuture(new AssertionError("the scripted message does not answer " + action
                + ": " + (message == null ? "none" : message.frame())));
        }
        return CompletableFuture.completedFuture(message);
    }

    static JsonNode json(String text) {
        try {
            return KrakenJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
