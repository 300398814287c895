package com.kafkaconnectkraken.client.rest;

import com.kafkaconnectkraken.client.spot.protocol.RestCosts;
import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Client-side pacing of Kraken's per-API-key REST call counter
 * (https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits, docs/protocol/kraken-spot.md §6.3), so a client
 * waits before a call instead of being answered {@code EAPI:Rate limit exceeded}.
 *
 * <p>Every private call adds its cost ({@link #costOf(String)}): 1, or the history cost for
 * {@code Ledgers}, {@code QueryLedgers}, {@code TradesHistory} and {@code QueryTrades}; order
 * placement/cancellation ({@code AddOrder}, {@code CancelOrder}, ...) uses the separate trading
 * limiter and costs 0 here. The counter decays continuously at the tier's rate and a call may
 * proceed while {@code counter + cost <= max}.
 *
 * <p><b>History cost contradiction:</b> one copy of the Kraken page says history calls cost 2,
 * a newer one says 4. The cost is therefore configurable; {@link RestCosts#DEFAULT_HISTORY_COST} is the
 * conservative 4 (pacing slower than needed is harmless, pacing faster trips the limit).
 *
 * <p>Thread-safe; share one instance per API key. Waiting blocks on a monitor with a timeout
 * (no busy-wait).
 */
public final class RestCallCounter {

    private final double maxCounter;
    private final double decayPerNano;
    private final int historyCost;
    private final LongSupplier nanoClock;
    private double level;
    private long lastNanos;

    /**
     * Creates a counter for a Kraken tier.
     *
     * @param tier        the account's verification tier
     * @param historyCost cost of a ledger/trade-history call (2 or 4, see class doc)
     */
    public RestCallCounter(RestTier tier, int historyCost) {
        this(tier.maxCounter(), tier.decayPerSecond(), historyCost, System::nanoTime);
    }

    /**
     * Creates a counter with explicit limits (e.g. matching a simulator's configuration).
     *
     * @param maxCounter     maximum counter value
     * @param decayPerSecond counter decrease per second, positive
     * @param historyCost    cost of a ledger/trade-history call, between 1 and maxCounter
     * @param nanoClock      monotonic clock in nanoseconds (normally {@code System::nanoTime})
     * @throws IllegalArgumentException if a limit is out of range
     */
    public RestCallCounter(double maxCounter, double decayPerSecond, int historyCost, LongSupplier nanoClock) {
        if (maxCounter < 1 || decayPerSecond <= 0 || historyCost < 1 || historyCost > maxCounter) {
            throw new IllegalArgumentException("Invalid REST call counter: max=" + maxCounter + ", decayPerSecond="
                    + decayPerSecond + ", historyCost=" + historyCost);
        }
        this.maxCounter = maxCounter;
        this.decayPerNano = decayPerSecond / 1e9;
        this.historyCost = historyCost;
        this.nanoClock = nanoClock;
        this.lastNanos = nanoClock.getAsLong();
    }

    /**
     * Returns the counter cost of a private REST method.
     *
     * @param method the method name as in the path, e.g. {@code Ledgers}
     * @return 0 for trading-limiter methods, the history cost for history methods, else 1
     */
    public int costOf(String method) {
        return RestCosts.costOf(method, historyCost);
    }

    /**
     * Takes {@code cost} from the counter if it fits now.
     *
     * @param cost the call's cost
     * @return {@code true} if the call may proceed
     */
    public synchronized boolean tryAcquire(int cost) {
        decay();
        if (level + cost <= maxCounter) {
            level += cost;
            return true;
        }
        return false;
    }

    /**
     * Waits until {@code cost} fits, at most {@code timeout}. Returns {@code false} at once when
     * the counter cannot decay far enough within the timeout.
     *
     * @param cost    the call's cost ({@code <= max})
     * @param timeout maximum wait
     * @return {@code true} if the call may proceed, {@code false} on timeout
     * @throws InterruptedException     if interrupted while waiting
     * @throws IllegalArgumentException if the cost can never fit
     */
    public synchronized boolean acquire(int cost, Duration timeout) throws InterruptedException {
        if (cost > maxCounter) {
            throw new IllegalArgumentException("Cost " + cost + " exceeds the REST call counter maximum " + maxCounter);
        }
        long deadline = nanoClock.getAsLong() + timeout.toNanos();
        while (true) {
            decay();
            if (level + cost <= maxCounter) {
                level += cost;
                return true;
            }
            long waitNanos = (long) Math.ceil((level + cost - maxCounter) / decayPerNano);
            long remaining = deadline - nanoClock.getAsLong();
            if (waitNanos > remaining) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, Math.max(waitNanos, 1_000_000L));
        }
    }

    /**
     * Records that Kraken answered {@code EAPI:Rate limit exceeded}: the server's counter is full,
     * so the local one is set to its maximum and further calls wait for it to decay.
     */
    public synchronized void onRateLimitExceeded() {
        decay();
        level = maxCounter;
    }

    /** @return the current counter value after decay */
    public synchronized double level() {
        decay();
        return level;
    }

    private void decay() {
        long now = nanoClock.getAsLong();
        level = Math.max(0, level - (now - lastNanos) * decayPerNano);
        lastNanos = now;
    }
}
