package com.kafkaconnectkraken.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The order the source writes ledger entries in: oldest first by Kraken's time (unix seconds with 4
 * decimals, i.e. 100 µs). Kraken defines no order among entries sharing a time, so neither does this.
 */
public final class LedgerOrder {

    private LedgerOrder() {
    }

    /** Asserts that {@code writtenIds} holds every entry exactly once, in non-decreasing Kraken time. */
    public static void assertOnceOldestFirst(List<LedgerEntry> entries, List<String> writtenIds) {
        Map<String, Instant> times = entries.stream().collect(Collectors.toMap(LedgerEntry::id, e -> krakenTime(e.time())));
        assertEquals(entries.size(), writtenIds.size(), "as many records as entries: " + writtenIds);
        assertEquals(times.keySet(), new HashSet<>(writtenIds), "each entry once");
        List<Instant> written = writtenIds.stream().map(times::get).toList();
        for (int i = 1; i < written.size(); i++) {
            assertTrue(!written.get(i).isBefore(written.get(i - 1)), "oldest first at record " + i + ": " + writtenIds);
        }
    }

    /** {@code time} as Kraken states it: truncated to 100 µs. */
    private static Instant krakenTime(Instant time) {
        return time.truncatedTo(ChronoUnit.MILLIS).plusNanos(time.getNano() % 1_000_000 / 100_000 * 100_000);
    }
}
