package com.kafkaconnectkraken.simulator.exchange.account;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues Kraken-style identifiers: {@code OQCLML-BW3P3-BUCMWZ} (orders, prefix {@code O}),
 * {@code THVRQM-33VKH-UCI7BS} (trades, {@code T}), {@code L4UESK-KG3EQ-UFO4T5} (ledger entries, {@code L})
 * — 6-5-6 upper-case alphanumerics (docs/protocol/kraken-spot.md §7) — and the integer {@code trade_id} sequence.
 * Identifiers are unique for the life of this instance. Thread-safe.
 */
public final class KrakenIds {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final SecureRandom random = new SecureRandom();
    private final Set<String> issued = new HashSet<>();
    private final AtomicLong tradeIds = new AtomicLong(40_000_000L);

    /**
     * @param prefix first letter: {@code O} order, {@code T} trade/amend, {@code L} ledger, {@code F} funding
     * @return a fresh id such as {@code OQCLML-BW3P3-BUCMWZ}
     */
    public synchronized String next(char prefix) {
        String id;
        do {
            id = prefix + chars(5) + '-' + chars(5) + '-' + chars(6);
        } while (!issued.add(id));
        return id;
    }

    /** @return the next integer {@code trade_id} (strictly increasing) */
    public long nextTradeId() {
        return tradeIds.incrementAndGet();
    }

    private String chars(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
