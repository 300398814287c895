package com.kafkaconnectkraken.client.ws;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A listener that records every callback for assertions. */
class Recorder implements KrakenWsListener {

    final BlockingQueue<KrakenWsMessage> messages = new LinkedBlockingQueue<>();
    final BlockingQueue<KrakenWsResponse> unmatched = new LinkedBlockingQueue<>();
    final BlockingQueue<String> malformed = new LinkedBlockingQueue<>();
    private final BlockingQueue<KrakenWsEvent> pendingEvents = new LinkedBlockingQueue<>();
    private final List<KrakenWsEvent> allEvents = new ArrayList<>();

    @Override
    public void onMessage(KrakenWsMessage message) {
        messages.add(message);
    }

    @Override
    public void onEvent(KrakenWsEvent event) {
        synchronized (allEvents) {
            allEvents.add(event);
        }
        pendingEvents.add(event);
    }

    @Override
    public void onUnmatchedResponse(KrakenWsResponse response) {
        unmatched.add(response);
    }

    @Override
    public void onMalformedFrame(String frame, Exception cause) {
        malformed.add(frame);
    }

    /** Waits for the next event of {@code type}, skipping others. */
    <T extends KrakenWsEvent> T awaitEvent(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ScriptedKrakenServer.WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            KrakenWsEvent event = pendingEvents.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (type.isInstance(event)) {
                return type.cast(event);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " event; events so far: " + eventTypes());
    }

    KrakenWsMessage awaitMessage() throws InterruptedException {
        KrakenWsMessage message = messages.poll(ScriptedKrakenServer.WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(message, "no data message arrived");
        return message;
    }

    List<KrakenWsEvent.Type> eventTypes() {
        synchronized (allEvents) {
            return allEvents.stream().map(KrakenWsEvent::type).toList();
        }
    }

    List<KrakenWsEvent> events() {
        synchronized (allEvents) {
            return List.copyOf(allEvents);
        }
    }
}
