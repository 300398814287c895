package com.kafkaconnectkraken.simulator.futures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.transport.ClientConnection;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The server side of one connection as the transport hands it to the endpoint; records what is sent, in order. */
final class FakeConnection implements ClientConnection {

    private static final AtomicLong IDS = new AtomicLong(5000);

    private final long id = IDS.incrementAndGet();
    private final Deque<String> sent = new ArrayDeque<>();
    private volatile boolean open = true;
    private volatile boolean aborted;

    @Override
    public long id() {
        return id;
    }

    @Override
    public synchronized void send(String text) {
        if (open) {
            sent.add(text);
        }
    }

    @Override
    public void close(int code, String reason) {
        open = false;
    }

    @Override
    public void abort() {
        open = false;
        aborted = true;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    boolean aborted() {
        return aborted;
    }

    /** @return the oldest frame not yet taken, parsed; fails if there is none */
    synchronized JsonNode next() {
        String text = sent.poll();
        if (text == null) {
            throw new AssertionError("no frame was sent");
        }
        return parse(text);
    }

    /** @return the oldest frame not yet taken, as sent */
    synchronized String nextRaw() {
        String text = sent.poll();
        if (text == null) {
            throw new AssertionError("no frame was sent");
        }
        return text;
    }

    /** @return every frame not yet taken, parsed, and forgets them */
    synchronized List<JsonNode> drain() {
        List<JsonNode> out = new ArrayList<>();
        while (!sent.isEmpty()) {
            out.add(parse(sent.poll()));
        }
        return out;
    }

    static JsonNode parse(String text) {
        try {
            return FuturesJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
