package com.kafkaconnectkraken.simulator.futures;

import java.util.Random;
import java.util.UUID;

/** Version-4-shaped UUIDs drawn from a seeded {@link Random}, so a seeded market gives the same trade ids. */
final class SeededIds {

    private SeededIds() {
    }

    /** @return a random UUID text from {@code rnd} */
    static String uuid(Random rnd) {
        long msb = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
