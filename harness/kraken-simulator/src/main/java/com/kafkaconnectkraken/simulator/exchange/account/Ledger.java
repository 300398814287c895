package com.kafkaconnectkraken.simulator.exchange.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One account's ledger in booking order (oldest first). Not thread-safe: guarded by the exchange lock.
 */
public final class Ledger {

    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();

    /** Appends a booked entry. */
    public void append(LedgerEntry entry) {
        positions.put(entry.id(), entries.size());
        entries.add(entry);
    }

    /** @return all entries, oldest first (unmodifiable copy) */
    public List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    /** @return the booking position of {@code ledgerId}, or empty if unknown */
    public OptionalInt position(String ledgerId) {
        Integer p = positions.get(ledgerId);
        return p == null ? OptionalInt.empty() : OptionalInt.of(p);
    }
}
