package com.kafkaconnectkraken.simulator.exchange.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ids look like the docs examples: OQCLML-BW3P3-BUCMWZ, THVRQM-33VKH-UCI7BS, L4UESK-KG3EQ-UFO4T5. */
class KrakenIdsTest {

    @Test
    void idsFollowTheSixFiveSixPatternAndAreUnique() {
        KrakenIds ids = new KrakenIds();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ids.next('L');
            assertTrue(id.matches("L[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{6}"), id);
            assertTrue(seen.add(id));
        }
        long first = ids.nextTradeId();
        assertEquals(first + 1, ids.nextTradeId());
    }
}
