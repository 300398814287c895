package com.kafkaconnectkraken.simulator.futures;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A client request the simulator refuses; {@link #reply()} is the {@code error} or {@code alert} frame to send. */
final class RequestRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ObjectNode reply;

    private RequestRejected(ObjectNode reply) {
        super(reply.path("event").asText() + ": " + reply.path("message").asText());
        this.reply = reply;
    }

    static RequestRejected error(String message) {
        return new RequestRejected(EventFrames.error(message));
    }

    static RequestRejected alert(String message) {
        return new RequestRejected(EventFrames.alert(message));
    }

    ObjectNode reply() {
        return reply;
    }
}
