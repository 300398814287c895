package com.kafkaconnectkraken.client.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WatchdogTest {

    private final AtomicLong clock = new AtomicLong(5_000_000_000L);
    private final Watchdog watchdog = new Watchdog(Duration.ofMillis(200), clock::get);

    @Test
    void staleOnlyAfterTheTimeoutOfSilence() {
        advance(200);
        assertNull(watchdog.staleFor(), "exactly at the timeout is not yet stale");
        advance(1);
        assertEquals(Duration.ofMillis(201), watchdog.staleFor());
    }

    @Test
    void everyFrameRestartsTheSilenceClock() {
        advance(150);
        watchdog.frameReceived();
        watchdog.dispatchFinished();
        advance(150);
        assertNull(watchdog.staleFor());
        advance(60);
        assertEquals(Duration.ofMillis(210), watchdog.staleFor());
    }

    @Test
    void timeInsideAListenerCallbackIsNotSilence() {
        watchdog.frameReceived();
        advance(10_000);
        assertNull(watchdog.staleFor(), "a listener blocking for backpressure must not look like a dead connection");
        watchdog.dispatchFinished();
        advance(150);
        assertNull(watchdog.staleFor(), "the silence clock restarts when the callback returns");
        advance(51);
        assertEquals(Duration.ofMillis(201), watchdog.staleFor());
    }

    private void advance(long millis) {
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
