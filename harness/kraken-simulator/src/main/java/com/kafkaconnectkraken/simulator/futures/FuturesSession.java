package com.kafkaconnectkraken.simulator.futures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.transport.ClientConnection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client connection on {@code /ws/v1}: the challenges issued on it (each for one API key; a challenge is valid
 * only on the connection that asked for it) and whether it subscribed to {@code heartbeat}. Thread-safe.
 */
final class FuturesSession {

    private final ClientConnection connection;
    private final Map<String, String> challenges = new ConcurrentHashMap<>();
    private volatile boolean heartbeat;

    FuturesSession(ClientConnection connection) {
        this.connection = connection;
    }

    long id() {
        return connection.id();
    }

    void send(String text) {
        connection.send(text);
    }

    void send(ObjectNode frame) {
        connection.send(FuturesJson.write(frame));
    }

    /** Remembers that {@code challenge} was issued on this connection for {@code apiKey}. */
    void issue(String challenge, String apiKey) {
        challenges.put(challenge, apiKey);
    }

    /** @return whether {@code challenge} was issued on this connection for exactly {@code apiKey} */
    boolean issuedFor(String challenge, String apiKey) {
        return challenge != null && apiKey != null && apiKey.equals(challenges.get(challenge));
    }

    boolean heartbeat() {
        return heartbeat;
    }

    void heartbeat(boolean subscribed) {
        this.heartbeat = subscribed;
    }

    /** Drops the TCP connection without a close frame. */
    void abort() {
        connection.abort();
    }

    @Override
    public String toString() {
        return "FuturesSession[" + Long.toUnsignedString(connection.id()) + "]";
    }
}
