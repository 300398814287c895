package com.kafkaconnectkraken.client.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestPacerTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @Test
    void burstIsSpacedAtTheConfiguredRate() {
        RequestPacer pacer = new RequestPacer(4, clock::get);
        assertEquals(0, ms(pacer.reserve()));
        assertEquals(250, ms(pacer.reserve()));
        assertEquals(500, ms(pacer.reserve()));
        assertEquals(750, ms(pacer.reserve()));
    }

    @Test
    void waitShrinksAsTimePasses() {
        RequestPacer pacer = new RequestPacer(4, clock::get);
        pacer.reserve();
        advance(100);
        assertEquals(150, ms(pacer.reserve()));
    }

    @Test
    void idleTimeIsNotBankedAsBurstCredit() {
        RequestPacer pacer = new RequestPacer(10, clock::get);
        pacer.reserve();
        advance(5_000);
        assertEquals(0, ms(pacer.reserve()));
        assertEquals(100, ms(pacer.reserve()), "after an idle period the second request still waits one interval");
    }

    @Test
    void rejectsNonPositiveRate() {
        assertThrows(IllegalArgumentException.class, () -> new RequestPacer(0, clock::get));
    }

    private void advance(long millis) {
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
