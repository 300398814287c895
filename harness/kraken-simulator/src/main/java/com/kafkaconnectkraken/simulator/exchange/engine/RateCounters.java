package com.kafkaconnectkraken.simulator.exchange.engine;

import com.kafkaconnectkraken.client.spot.protocol.TradingTier;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Per-account, per-pair trading rate counters with linear decay (docs/protocol/kraken-spot.md §5.9). A transaction whose
 * cost would lift the counter above the tier threshold is refused with {@code EOrder:Rate limit exceeded}
 * and not counted. Not thread-safe: guarded by the exchange lock.
 */
public final class RateCounters {

    private record Key(Account account, String symbol) {
    }

    private static final class Counter {
        private double value;
        private Instant updated;
    }

    private final TradingTier tier;
    private final Map<Key, Counter> counters = new HashMap<>();

    /** @param tier threshold and decay */
    public RateCounters(TradingTier tier) {
        this.tier = Objects.requireNonNull(tier);
    }

    /** @return the tier in force */
    public TradingTier tier() {
        return tier;
    }

    /**
     * Adds {@code cost} to the counter of {@code (account, symbol)}.
     *
     * @throws KrakenRejection {@code EOrder:Rate limit exceeded} if the result would exceed the threshold
     */
    public void charge(Account account, String symbol, double cost, Instant now) {
        Counter c = decayed(account, symbol, now);
        if (c.value + cost > tier.threshold()) {
            throw new KrakenRejection("EOrder:Rate limit exceeded");
        }
        c.value += cost;
    }

    /** @return the current (decayed) counter value */
    public double value(Account account, String symbol, Instant now) {
        return decayed(account, symbol, now).value;
    }

    private Counter decayed(Account account, String symbol, Instant now) {
        Counter c = counters.computeIfAbsent(new Key(account, symbol), k -> new Counter());
        if (c.updated != null) {
            double seconds = Math.max(0, Duration.between(c.updated, now).toNanos() / 1e9);
            c.value = Math.max(0, c.value - seconds * tier.decayPerSecond());
        }
        c.updated = now;
        return c;
    }
}
